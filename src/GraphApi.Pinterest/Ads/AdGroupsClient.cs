using System.Text.Json;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Ads.AdsOperations;

namespace GraphApi.Pinterest.Ads;

internal sealed class AdGroupsClient(PinterestRequestSender connection) : IAdGroupsClient
{
    private static readonly AdsJsonContext Json = AdsJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/ad_groups
    public Task<Page<AdGroup>> ListAsync(string adAccountId, ListAdsEntitiesRequest? request = null, CancellationToken cancellationToken = default)
    {
        if (request?.AdIds is not null)
        {
            throw new ArgumentException("ad_groups/list does not filter by ad ids.", nameof(request));
        }

        var query = new QueryString()
            .AddIds("campaign_ids", request?.CampaignIds)
            .AddIds("ad_group_ids", request?.AdGroupIds)
            .AddList(request);
        return connection.GetAsync(AdGroupsList, AdGroupsList.Path(adAccountId), query, Json.PageAdGroup, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}
    public Task<AdGroup> GetAsync(string adAccountId, string adGroupId, CancellationToken cancellationToken = default) =>
        connection.GetAsync(AdGroupsGet, AdGroupsGet.Path(adAccountId, adGroupId), null, Json.AdGroup, cancellationToken);

    // POST /ad_accounts/{ad_account_id}/ad_groups
    public Task<AdsWriteResponse<AdGroup>> CreateAsync(string adAccountId, IReadOnlyList<CreateAdGroupRequest> adGroups, CancellationToken cancellationToken = default)
    {
        AdsQuery.GuardBatch(adGroups, nameof(adGroups));
        return connection.SendJsonAsync(AdGroupsCreate, AdGroupsCreate.Path(adAccountId), null, adGroups, Json.IReadOnlyListCreateAdGroupRequest, Json.AdsWriteResponseAdGroup, cancellationToken);
    }

    // PATCH /ad_accounts/{ad_account_id}/ad_groups
    public Task<AdsWriteResponse<AdGroup>> UpdateAsync(string adAccountId, IReadOnlyList<UpdateAdGroupRequest> adGroups, CancellationToken cancellationToken = default)
    {
        AdsQuery.GuardBatch(adGroups, nameof(adGroups));
        return connection.SendJsonAsync(AdGroupsUpdate, AdGroupsUpdate.Path(adAccountId), null, adGroups, Json.IReadOnlyListUpdateAdGroupRequest, Json.AdsWriteResponseAdGroup, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/ad_groups/analytics
    public Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAnalyticsAsync(string adAccountId, IReadOnlyList<string> adGroupIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adGroupIds);
        var query = new QueryString().AddAnalytics(request).AddIds("ad_group_ids", adGroupIds);
        return connection.GetAsync(AdGroupsAnalytics, AdGroupsAnalytics.Path(adAccountId), query, Json.IReadOnlyListIReadOnlyDictionaryStringJsonElement, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/ad_groups/targeting_analytics
    public Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, IReadOnlyList<string> adGroupIds, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adGroupIds);
        var query = new QueryString().AddIds("ad_group_ids", adGroupIds).AddTargeting(request);
        return connection.GetAsync(AdGroupTargetingAnalytics, AdGroupTargetingAnalytics.Path(adAccountId), query, Json.AdsTargetingAnalytics, cancellationToken);
    }
}
