using GraphApi.Pinterest.Http;

namespace GraphApi.Pinterest.Ads;

/// <summary>
/// The ads operations this client calls, copied from <c>pinterest-openapi.json</c> (5.23.0). Kept apart from
/// <see cref="PinterestOperations"/> so the ads resources (this folder and the ones hung on it) add lines here only.
/// </summary>
internal static class AdsOperations
{
    private const string Read = PinterestRateLimitCategories.AdsRead;
    private const string Write = PinterestRateLimitCategories.AdsWrite;
    private const string Analytics = PinterestRateLimitCategories.AdsAnalytics;

    public static readonly PinterestOperation AdAccountsList = new("ad_accounts/list", HttpMethod.Get, "/ad_accounts", Read);
    public static readonly PinterestOperation AdAccountsCreate = new("ad_accounts/create", HttpMethod.Post, "/ad_accounts", Write);
    public static readonly PinterestOperation AdAccountsGet = new("ad_accounts/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}", Read);
    public static readonly PinterestOperation AdAccountAnalytics = new("ad_account/analytics", HttpMethod.Get, "/ad_accounts/{ad_account_id}/analytics", Analytics);
    public static readonly PinterestOperation AdAccountTargetingAnalytics = new("ad_account_targeting_analytics/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/targeting_analytics", Analytics);

    public static readonly PinterestOperation CampaignsList = new("campaigns/list", HttpMethod.Get, "/ad_accounts/{ad_account_id}/campaigns", Read);
    public static readonly PinterestOperation CampaignsCreate = new("campaigns/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/campaigns", Write);
    public static readonly PinterestOperation CampaignsUpdate = new("campaigns/update", HttpMethod.Patch, "/ad_accounts/{ad_account_id}/campaigns", Write);
    public static readonly PinterestOperation CampaignsGet = new("campaigns/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/campaigns/{campaign_id}", Read);
    public static readonly PinterestOperation CampaignsAnalytics = new("campaigns/analytics", HttpMethod.Get, "/ad_accounts/{ad_account_id}/campaigns/analytics", Analytics);
    public static readonly PinterestOperation CampaignTargetingAnalytics = new("campaign_targeting_analytics/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/campaigns/targeting_analytics", Analytics);
    public static readonly PinterestOperation AdPinsAnalytics = new("ad_pins/analytics", HttpMethod.Get, "/ad_accounts/{ad_account_id}/pins/analytics", Analytics);

    public static readonly PinterestOperation AdGroupsList = new("ad_groups/list", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ad_groups", Read);
    public static readonly PinterestOperation AdGroupsCreate = new("ad_groups/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/ad_groups", Write);
    public static readonly PinterestOperation AdGroupsUpdate = new("ad_groups/update", HttpMethod.Patch, "/ad_accounts/{ad_account_id}/ad_groups", Write);
    public static readonly PinterestOperation AdGroupsGet = new("ad_groups/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}", Read);
    public static readonly PinterestOperation AdGroupsAnalytics = new("ad_groups/analytics", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ad_groups/analytics", Analytics);
    public static readonly PinterestOperation AdGroupTargetingAnalytics = new("ad_groups_targeting_analytics/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ad_groups/targeting_analytics", Analytics);

    public static readonly PinterestOperation AdsList = new("ads/list", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ads", Read);
    public static readonly PinterestOperation AdsCreate = new("ads/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/ads", Write);
    public static readonly PinterestOperation AdsUpdate = new("ads/update", HttpMethod.Patch, "/ad_accounts/{ad_account_id}/ads", Write);
    public static readonly PinterestOperation AdsGet = new("ads/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ads/{ad_id}", Read);
    public static readonly PinterestOperation AdsAnalytics = new("ads/analytics", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ads/analytics", Analytics);
    public static readonly PinterestOperation AdTargetingAnalytics = new("ad_targeting_analytics/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ads/targeting_analytics", Analytics);
}
