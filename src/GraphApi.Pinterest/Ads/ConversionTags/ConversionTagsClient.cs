using GraphApi.Pinterest.Http;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Ads.ConversionTags;

internal sealed class ConversionTagsClient(PinterestRequestSender connection) : IConversionTagsClient
{
    private static readonly PinterestAdResourcesJsonContext Json = PinterestAdResourcesJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/conversion_tags
    public Task<ConversionTagList> ListAsync(string adAccountId, bool? filterDeleted = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        var query = new QueryString().Add("filter_deleted", filterDeleted);
        return connection.GetAsync(ConversionTagsList, ConversionTagsList.Path(adAccountId), query, Json.ConversionTagList, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/conversion_tags/{conversion_tag_id}
    public Task<ConversionTag> GetAsync(string adAccountId, string conversionTagId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversionTagId);
        return connection.GetAsync(ConversionTagsGet, ConversionTagsGet.Path(adAccountId, conversionTagId), null, Json.ConversionTag, cancellationToken);
    }

    // POST /ad_accounts/{ad_account_id}/conversion_tags
    public Task<ConversionTag> CreateAsync(string adAccountId, CreateConversionTagRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        return connection.SendJsonAsync(ConversionTagsCreate, ConversionTagsCreate.Path(adAccountId), null, request, Json.CreateConversionTagRequest, Json.ConversionTag, cancellationToken);
    }
}
