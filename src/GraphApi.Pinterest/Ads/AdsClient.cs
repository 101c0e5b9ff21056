using System.Text.Json;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Ads.AdsOperations;

namespace GraphApi.Pinterest.Ads;

internal sealed class AdsClient(PinterestRequestSender connection) : IAdsClient
{
    private static readonly AdsJsonContext Json = AdsJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/ads
    public Task<Page<Ad>> ListAsync(string adAccountId, ListAdsEntitiesRequest? request = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .AddIds("campaign_ids", request?.CampaignIds)
            .AddIds("ad_group_ids", request?.AdGroupIds)
            .AddIds("ad_ids", request?.AdIds)
            .AddList(request);
        return connection.GetAsync(AdsList, AdsList.Path(adAccountId), query, Json.PageAd, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/ads/{ad_id}
    public Task<Ad> GetAsync(string adAccountId, string adId, CancellationToken cancellationToken = default) =>
        connection.GetAsync(AdsGet, AdsGet.Path(adAccountId, adId), null, Json.Ad, cancellationToken);

    // POST /ad_accounts/{ad_account_id}/ads
    public Task<AdsWriteResponse<Ad>> CreateAsync(string adAccountId, IReadOnlyList<CreateAdRequest> ads, CancellationToken cancellationToken = default)
    {
        AdsQuery.GuardBatch(ads, nameof(ads));
        return connection.SendJsonAsync(AdsCreate, AdsCreate.Path(adAccountId), null, ads, Json.IReadOnlyListCreateAdRequest, Json.AdsWriteResponseAd, cancellationToken);
    }

    // PATCH /ad_accounts/{ad_account_id}/ads
    public Task<AdsWriteResponse<Ad>> UpdateAsync(string adAccountId, IReadOnlyList<UpdateAdRequest> ads, CancellationToken cancellationToken = default)
    {
        AdsQuery.GuardBatch(ads, nameof(ads));
        return connection.SendJsonAsync(AdsUpdate, AdsUpdate.Path(adAccountId), null, ads, Json.IReadOnlyListUpdateAdRequest, Json.AdsWriteResponseAd, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/ads/analytics
    public Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAnalyticsAsync(string adAccountId, IReadOnlyList<string> adIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adIds);
        var query = new QueryString().AddAnalytics(request).AddIds("ad_ids", adIds);
        return connection.GetAsync(AdsAnalytics, AdsAnalytics.Path(adAccountId), query, Json.IReadOnlyListIReadOnlyDictionaryStringJsonElement, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/ads/targeting_analytics
    public Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, IReadOnlyList<string> adIds, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adIds);
        var query = new QueryString().AddIds("ad_ids", adIds).AddTargeting(request);
        return connection.GetAsync(AdTargetingAnalytics, AdTargetingAnalytics.Path(adAccountId), query, Json.AdsTargetingAnalytics, cancellationToken);
    }
}
