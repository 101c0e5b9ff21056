using System.Text.Json;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads;

/// <summary>Ad groups of an ad account (tag <c>ad_groups</c>).</summary>
public interface IAdGroupsClient
{
    /// <summary>Lists ad groups, filtered by campaign or ad group ids and statuses (<c>ad_groups/list</c>).</summary>
    Task<Page<AdGroup>> ListAsync(string adAccountId, ListAdsEntitiesRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>One ad group (<c>ad_groups/get</c>).</summary>
    Task<AdGroup> GetAsync(string adAccountId, string adGroupId, CancellationToken cancellationToken = default);

    /// <summary>Creates 1–30 ad groups (<c>ad_groups/create</c>). Never retried automatically.</summary>
    Task<AdsWriteResponse<AdGroup>> CreateAsync(string adAccountId, IReadOnlyList<CreateAdGroupRequest> adGroups, CancellationToken cancellationToken = default);

    /// <summary>Updates 1–30 ad groups (<c>ad_groups/update</c>).</summary>
    Task<AdsWriteResponse<AdGroup>> UpdateAsync(string adAccountId, IReadOnlyList<UpdateAdGroupRequest> adGroups, CancellationToken cancellationToken = default);

    /// <summary>Analytics rows of 1–250 ad groups in one call (<c>ad_groups/analytics</c>).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAnalyticsAsync(string adAccountId, IReadOnlyList<string> adGroupIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Analytics of 1–250 ad groups split by targeting (<c>ad_groups_targeting_analytics/get</c>).</summary>
    Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, IReadOnlyList<string> adGroupIds, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default);
}
