using System.Text.Json;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Ads.AdsOperations;

namespace GraphApi.Pinterest.Ads;

internal sealed class CampaignsClient(PinterestRequestSender connection) : ICampaignsClient
{
    private static readonly AdsJsonContext Json = AdsJsonContext.Default;

    // GET /ad_accounts/{ad_account_id}/campaigns
    public Task<Page<Campaign>> ListAsync(string adAccountId, ListAdsEntitiesRequest? request = null, CancellationToken cancellationToken = default)
    {
        if (request?.AdGroupIds is not null || request?.AdIds is not null)
        {
            throw new ArgumentException("campaigns/list filters by campaign ids only.", nameof(request));
        }

        var query = new QueryString().AddIds("campaign_ids", request?.CampaignIds).AddList(request);
        return connection.GetAsync(CampaignsList, CampaignsList.Path(adAccountId), query, Json.PageCampaign, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/campaigns/{campaign_id}
    public Task<Campaign> GetAsync(string adAccountId, string campaignId, CancellationToken cancellationToken = default) =>
        connection.GetAsync(CampaignsGet, CampaignsGet.Path(adAccountId, campaignId), null, Json.Campaign, cancellationToken);

    // POST /ad_accounts/{ad_account_id}/campaigns
    public Task<AdsWriteResponse<Campaign>> CreateAsync(string adAccountId, IReadOnlyList<CreateCampaignRequest> campaigns, CancellationToken cancellationToken = default)
    {
        AdsQuery.GuardBatch(campaigns, nameof(campaigns));
        return connection.SendJsonAsync(CampaignsCreate, CampaignsCreate.Path(adAccountId), null, campaigns, Json.IReadOnlyListCreateCampaignRequest, Json.AdsWriteResponseCampaign, cancellationToken);
    }

    // PATCH /ad_accounts/{ad_account_id}/campaigns
    public Task<AdsWriteResponse<Campaign>> UpdateAsync(string adAccountId, IReadOnlyList<UpdateCampaignRequest> campaigns, CancellationToken cancellationToken = default)
    {
        AdsQuery.GuardBatch(campaigns, nameof(campaigns));
        return connection.SendJsonAsync(CampaignsUpdate, CampaignsUpdate.Path(adAccountId), null, campaigns, Json.IReadOnlyListUpdateCampaignRequest, Json.AdsWriteResponseCampaign, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/campaigns/analytics
    public Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAnalyticsAsync(string adAccountId, IReadOnlyList<string> campaignIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignIds);
        var query = new QueryString().AddAnalytics(request).AddIds("campaign_ids", campaignIds);
        return connection.GetAsync(CampaignsAnalytics, CampaignsAnalytics.Path(adAccountId), query, Json.IReadOnlyListIReadOnlyDictionaryStringJsonElement, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/campaigns/targeting_analytics
    public Task<AdsTargetingAnalytics> GetTargetingAnalyticsAsync(string adAccountId, IReadOnlyList<string> campaignIds, AdsTargetingAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignIds);
        var query = new QueryString().AddIds("campaign_ids", campaignIds).AddTargeting(request);
        return connection.GetAsync(CampaignTargetingAnalytics, CampaignTargetingAnalytics.Path(adAccountId), query, Json.AdsTargetingAnalytics, cancellationToken);
    }

    // GET /ad_accounts/{ad_account_id}/pins/analytics
    public Task<IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> GetAdPinAnalyticsAsync(string adAccountId, string campaignId, IReadOnlyList<string> pinIds, AdsAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        ArgumentNullException.ThrowIfNull(pinIds);
        var query = new QueryString().Add("campaign_id", campaignId).AddIds("pin_ids", pinIds, PinterestLimits.AdPinsPerAnalyticsCall).AddAnalytics(request);
        return connection.GetAsync(AdPinsAnalytics, AdPinsAnalytics.Path(adAccountId), query, Json.IReadOnlyListIReadOnlyDictionaryStringJsonElement, cancellationToken);
    }
}
