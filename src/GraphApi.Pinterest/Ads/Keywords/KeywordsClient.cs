using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Ads.Keywords;

internal sealed class KeywordsClient(PinterestRequestSender connection) : IKeywordsClient
{
    private static readonly PinterestAdResourcesJsonContext Json = PinterestAdResourcesJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/keywords
    public Task<Page<Keyword>> ListAsync(string adAccountId, ListKeywordsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryString()
            .Add("campaign_id", request.CampaignId)
            .Add("ad_group_id", request.AdGroupId)
            .AddExploded("match_types", request.MatchTypes)
            .AddPage(request.Page);
        return connection.GetAsync(KeywordsList, KeywordsList.Path(adAccountId), query, Json.PageKeyword, cancellationToken);
    }

    // POST /ad_accounts/{ad_account_id}/keywords
    public Task<KeywordsResult> CreateAsync(string adAccountId, CreateKeywordsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(KeywordsCreate, KeywordsCreate.Path(adAccountId), null, request, Json.CreateKeywordsRequest, Json.KeywordsResult, cancellationToken);
    }

    // PATCH /ad_accounts/{ad_account_id}/keywords
    public Task<KeywordsResult> UpdateAsync(string adAccountId, UpdateKeywordsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(KeywordsUpdate, KeywordsUpdate.Path(adAccountId), null, request, Json.UpdateKeywordsRequest, Json.KeywordsResult, cancellationToken);
    }
}
