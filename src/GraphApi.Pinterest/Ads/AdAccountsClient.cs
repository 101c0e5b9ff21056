using System.Text.Json;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Ads.AdsOperations;

namespace GraphApi.Pinterest.Ads;

internal sealed class AdAccountsClient(PinterestRequestSender connection) : IAdAccountsClient
{
    private static readonly AdsJsonContext Json = AdsJsonContext.Default;

    // GET /ad_accounts
    public Task<Page<AdAccount>> ListAsync(ListAdAccountsRequest? request = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .Add("include_shared_accounts", request?.IncludeSharedAccounts)
            .AddPage(request?.Page);
        return connection.GetAsync(AdAccountsList, AdAccountsList.Path(), query, Json.PageAdAccount, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}
    public Task<AdAccount> GetAsync(string adAccountId, CancellationToken cancellationToken = default) =>
        connection.GetAsync(AdAccountsGet, AdAccountsGet.Path(adAccountId), null, Json.AdAccount, cancellationToken);

    // POST /ad_accounts
    public Task<AdAccount> CreateAsync(CreateAdAccountRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Name.Length, PinterestLimits.AdAccountNameMaxLength, nameof(request));
        return connection.SendJsonAsync(AdAccountsCreate, AdAccountsCreate.Path(), null, request, Json.CreateAdAccountRequest, Json.AdAccount, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/analytics
    public Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAnalyticsAsync(string adAccountId, AdsAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().AddAnalytics(request);
        return connection.GetAsync(AdAccountAnalytics, AdAccountAnalytics.Path(adAccountId), query, Json.IReadOnlyListIReadOnlyDictionaryStringJsonElement, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/targeting_analytics
    public Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().AddTargeting(request);
        return connection.GetAsync(AdAccountTargetingAnalytics, AdAccountTargetingAnalytics.Path(adAccountId), query, Json.AdsTargetingAnalytics, cancellationToken);
    }
}
