using System.Text.Json;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads;

/// <summary>Ads of an ad account (tag <c>ads</c>).</summary>
public interface IAdsClient
{
    /// <summary>Lists ads, filtered by campaign, ad group or ad ids and statuses (<c>ads/list</c>).</summary>
    Task<Page<Ad>> ListAsync(string adAccountId, ListAdsEntitiesRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>One ad (<c>ads/get</c>).</summary>
    Task<Ad> GetAsync(string adAccountId, string adId, CancellationToken cancellationToken = default);

    /// <summary>Creates 1–30 ads (<c>ads/create</c>). Never retried automatically.</summary>
    Task<AdsWriteResponse<Ad>> CreateAsync(string adAccountId, IReadOnlyList<CreateAdRequest> ads, CancellationToken cancellationToken = default);

    /// <summary>Updates 1–30 ads (<c>ads/update</c>).</summary>
    Task<AdsWriteResponse<Ad>> UpdateAsync(string adAccountId, IReadOnlyList<UpdateAdRequest> ads, CancellationToken cancellationToken = default);

    /// <summary>Analytics rows of 1–250 ads in one call (<c>ads/analytics</c>).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAnalyticsAsync(string adAccountId, IReadOnlyList<string> adIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Analytics of 1–250 ads split by targeting (<c>ad_targeting_analytics/get</c>).</summary>
    Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, IReadOnlyList<string> adIds, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default);
}
