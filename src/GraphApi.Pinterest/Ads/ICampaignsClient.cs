using System.Text.Json;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads;

/// <summary>Campaigns of an ad account (tag <c>campaigns</c>).</summary>
public interface ICampaignsClient
{
    /// <summary>Lists campaigns, filtered by ids and statuses (<c>campaigns/list</c>).</summary>
    Task<Page<Campaign>> ListAsync(string adAccountId, ListAdsEntitiesRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>One campaign (<c>campaigns/get</c>).</summary>
    Task<Campaign> GetAsync(string adAccountId, string campaignId, CancellationToken cancellationToken = default);

    /// <summary>Creates 1–30 campaigns (<c>campaigns/create</c>). Never retried automatically.</summary>
    Task<AdsWriteResponse<Campaign>> CreateAsync(string adAccountId, IReadOnlyList<CreateCampaignRequest> campaigns, CancellationToken cancellationToken = default);

    /// <summary>Updates 1–30 campaigns (<c>campaigns/update</c>).</summary>
    Task<AdsWriteResponse<Campaign>> UpdateAsync(string adAccountId, IReadOnlyList<UpdateCampaignRequest> campaigns, CancellationToken cancellationToken = default);

    /// <summary>Analytics rows of 1–250 campaigns in one call (<c>campaigns/analytics</c>).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAnalyticsAsync(string adAccountId, IReadOnlyList<string> campaignIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Analytics of 1–250 campaigns split by targeting (<c>campaign_targeting_analytics/get</c>).</summary>
    Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, IReadOnlyList<string> campaignIds, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Analytics of 1–100 promoted Pins of one campaign (<c>ad_pins/analytics</c>).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAdPinAnalyticsAsync(string adAccountId, string campaignId, IReadOnlyList<string> pinIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default);
}
