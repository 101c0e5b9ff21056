using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Tests.Ads;

/// <summary>One call per ads client method with every optional parameter set, for the spec check (kept apart from OperationCatalog).</summary>
internal static class AdsOperationCatalog
{
    private const string Account = "549755885175";
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 1, 30);
    private static readonly PageRequest Page = new(250, "bookmark-1");
    private static readonly string[] Ids = ["111", "222"];

    private static readonly AdsAnalyticsRequest Analytics = new()
    {
        StartDate = Start,
        EndDate = End,
        Columns = ["SPEND_IN_DOLLAR", "PAID_IMPRESSION", "CTR"],
        Granularity = "DAY",
        ClickWindowDays = 7,
        EngagementWindowDays = 14,
        ViewWindowDays = 1,
        ConversionReportTime = "TIME_OF_CONVERSION",
    };

    private static AdsTargetingAnalyticsRequest Targeting(params string[] types) =>
        new() { Analytics = Analytics, TargetingTypes = types, AttributionTypes = ["INDIVIDUAL", "HOUSEHOLD"] };

    private static readonly ListAdsEntitiesRequest List = new() { EntityStatuses = AdsEntityStatus.All, Order = "DESCENDING", Page = Page };

    public static readonly IReadOnlyDictionary<string, (string OperationId, Func<IPinterestClient, Task> Call)> Calls =
        new Dictionary<string, (string, Func<IPinterestClient, Task>)>
        {
            ["ad_accounts.list"] = ("ad_accounts/list", c => c.AdAccounts.ListAsync(new ListAdAccountsRequest { IncludeSharedAccounts = false, Page = Page })),
            ["ad_accounts.get"] = ("ad_accounts/get", c => c.AdAccounts.GetAsync(Account)),
            ["ad_accounts.create"] = ("ad_accounts/create", c => c.AdAccounts.CreateAsync(new CreateAdAccountRequest { Name = "Shop", Country = "US", Currency = "USD", OwnerUserId = "383791336903426391" })),
            ["ad_accounts.analytics"] = ("ad_account/analytics", c => c.AdAccounts.GetAnalyticsAsync(Account, Analytics)),
            ["ad_accounts.targeting"] = ("ad_account_targeting_analytics/get", c => c.AdAccounts.GetTargetingAnalyticsAsync(Account, Targeting("GENDER", "AGE_BUCKET"))),
            ["campaigns.list"] = ("campaigns/list", c => c.Campaigns.ListAsync(Account, List with { CampaignIds = Ids })),
            ["campaigns.get"] = ("campaigns/get", c => c.Campaigns.GetAsync(Account, "111")),
            ["campaigns.create"] = ("campaigns/create", c => c.Campaigns.CreateAsync(Account, [new CreateCampaignRequest
            {
                AdAccountId = Account, Name = "Spring", ObjectiveType = "AWARENESS", Status = "PAUSED", LifetimeSpendCap = 1_000_000, DailySpendCap = 100_000,
                StartTime = 1_700_000_000, EndTime = 1_800_000_000,
            }])),
            ["campaigns.update"] = ("campaigns/update", c => c.Campaigns.UpdateAsync(Account, [new UpdateCampaignRequest
            {
                Id = "111", AdAccountId = Account, Name = "Summer", Status = "ACTIVE", LifetimeSpendCap = 2_000_000, DailySpendCap = 200_000, StartTime = 1_700_000_000, EndTime = 1_800_000_000,
            }])),
            ["campaigns.update.clear"] = ("campaigns/update", c => c.Campaigns.UpdateAsync(Account, [new UpdateCampaignRequest
            {
                Id = "111", AdAccountId = Account, LifetimeSpendCap = Patch.Null<long>(), DailySpendCap = Patch.Null<long>(),
            }])),
            ["campaigns.analytics"] = ("campaigns/analytics", c => c.Campaigns.GetAnalyticsAsync(Account, Ids, Analytics)),
            ["campaigns.targeting"] = ("campaign_targeting_analytics/get", c => c.Campaigns.GetTargetingAnalyticsAsync(Account, Ids, Targeting("KEYWORD", "GENDER"))),
            ["campaigns.ad_pins"] = ("ad_pins/analytics", c => c.Campaigns.GetAdPinAnalyticsAsync(Account, "111", Ids, Analytics)),
            ["ad_groups.list"] = ("ad_groups/list", c => c.AdGroups.ListAsync(Account, List with { CampaignIds = Ids, AdGroupIds = Ids })),
            ["ad_groups.get"] = ("ad_groups/get", c => c.AdGroups.GetAsync(Account, "111")),
            ["ad_groups.create"] = ("ad_groups/create", c => c.AdGroups.CreateAsync(Account, [new CreateAdGroupRequest
            {
                CampaignId = "111", Name = "Audience", BillableEvent = "IMPRESSION", Status = "ACTIVE", BudgetInMicroCurrency = 10_000_000, BidInMicroCurrency = 1_000_000,
                BudgetType = "DAILY", StartTime = 1_700_000_000, EndTime = 1_800_000_000,
            }])),
            ["ad_groups.update"] = ("ad_groups/update", c => c.AdGroups.UpdateAsync(Account, [new UpdateAdGroupRequest
            {
                Id = "111", Name = "Audience 2", Status = "PAUSED", BudgetInMicroCurrency = 20_000_000, BidInMicroCurrency = 2_000_000, StartTime = 1_700_000_000, EndTime = 1_800_000_000,
            }])),
            ["ad_groups.update.clear"] = ("ad_groups/update", c => c.AdGroups.UpdateAsync(Account, [new UpdateAdGroupRequest
            {
                Id = "111", BudgetInMicroCurrency = Patch.Null<long>(), BidInMicroCurrency = Patch.Null<long>(),
            }])),
            ["ad_groups.analytics"] = ("ad_groups/analytics", c => c.AdGroups.GetAnalyticsAsync(Account, Ids, Analytics)),
            ["ad_groups.targeting"] = ("ad_groups_targeting_analytics/get", c => c.AdGroups.GetTargetingAnalyticsAsync(Account, Ids, Targeting("GENDER"))),
            ["ads.list"] = ("ads/list", c => c.Ads.ListAsync(Account, List with { CampaignIds = Ids, AdGroupIds = Ids, AdIds = Ids })),
            ["ads.get"] = ("ads/get", c => c.Ads.GetAsync(Account, "111")),
            ["ads.create"] = ("ads/create", c => c.Ads.CreateAsync(Account, [new CreateAdRequest
            {
                AdGroupId = "111", PinId = "222", CreativeType = "REGULAR", Name = "Ad", Status = "ACTIVE", DestinationUrl = "https://shop.example/",
            }])),
            ["ads.update"] = ("ads/update", c => c.Ads.UpdateAsync(Account, [new UpdateAdRequest { Id = "111", Name = "Ad 2", Status = "PAUSED", DestinationUrl = "https://shop.example/2" }])),
            ["ads.update.clear"] = ("ads/update", c => c.Ads.UpdateAsync(Account, [new UpdateAdRequest { Id = "111", Name = Patch.Null<string>(), DestinationUrl = Patch.Null<string>() }])),
            ["ads.analytics"] = ("ads/analytics", c => c.Ads.GetAnalyticsAsync(Account, Ids, Analytics)),
            ["ads.targeting"] = ("ad_targeting_analytics/get", c => c.Ads.GetTargetingAnalyticsAsync(Account, Ids, Targeting("QUIZ_RESULT"))),
        };

    public static TheoryData<string> Names => new(Calls.Keys.Order(StringComparer.Ordinal));
}
