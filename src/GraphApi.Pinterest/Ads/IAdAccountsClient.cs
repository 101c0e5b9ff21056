using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads;

/// <summary>Ad accounts (tag <c>ad_accounts</c>).</summary>
public interface IAdAccountsClient
{
    /// <summary>The ad accounts the user owns or has access to (<c>ad_accounts/list</c>).</summary>
    Task<Page<AdAccount>> ListAsync(ListAdAccountsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>One ad account (<c>ad_accounts/get</c>).</summary>
    Task<AdAccount> GetAsync(string adAccountId, CancellationToken cancellationToken = default);

    /// <summary>Creates an ad account (<c>ad_accounts/create</c>). Never retried automatically.</summary>
    Task<AdAccount> CreateAsync(CreateAdAccountRequest request, CancellationToken cancellationToken = default);

    /// <summary>The account's analytics rows (<c>ad_account/analytics</c>).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, System.Text.Json.JsonElement>>> GetAnalyticsAsync(string adAccountId, AdsAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>The account's analytics split by targeting (<c>ad_account_targeting_analytics/get</c>).</summary>
    Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default);
}
