using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Ads.Audiences;

internal sealed class AudiencesClient(PinterestRequestSender connection) : IAudiencesClient
{
    private static readonly PinterestAdResourcesJsonContext Json = PinterestAdResourcesJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/audiences
    public Task<Page<Audience>> ListAsync(string adAccountId, ListAudiencesRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        var query = new QueryString()
            .Add("order", request?.Order)
            .Add("ownership_type", request?.OwnershipType)
            .AddPage(request?.Page);
        return connection.GetAsync(AudiencesList, AudiencesList.Path(adAccountId), query, Json.PageAudience, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/audiences/{audience_id}
    public Task<Audience> GetAsync(string adAccountId, string audienceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        return connection.GetAsync(AudiencesGet, AudiencesGet.Path(adAccountId, audienceId), null, Json.Audience, cancellationToken);
    }

    // POST /ad_accounts/{ad_account_id}/audiences
    public Task<Audience> CreateAsync(string adAccountId, CreateAudienceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        return connection.SendJsonAsync(AudiencesCreate, AudiencesCreate.Path(adAccountId), null, request, Json.CreateAudienceRequest, Json.Audience, cancellationToken);
    }

    // PATCH /ad_accounts/{ad_account_id}/audiences/{audience_id}
    public Task<Audience> UpdateAsync(string adAccountId, string audienceId, UpdateAudienceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(AudiencesUpdate, AudiencesUpdate.Path(adAccountId, audienceId), null, request, Json.UpdateAudienceRequest, Json.Audience, cancellationToken);
    }
}
