using System.Globalization;
using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>
/// One successful call per ads operation, as demo.pinner on its own seeded account (campaign, ad group and ad 1001);
/// merged into <see cref="ContractCases.All"/>.
/// </summary>
internal static class AdsContractCases
{
    public const string Account = "94000000000000002";
    public const string Campaign = "95000000000001001";
    public const string AdGroup = "96000000000001001";
    public const string Ad = "97000000000001001";
    private const string Base = "v5/ad_accounts/" + Account;

    private static string Range => $"start_date={Ago(14)}&end_date={Ago(0)}&columns=SPEND_IN_DOLLAR,PAID_IMPRESSION,CTR&granularity=DAY";

    private static string Ago(int days) => DateTime.UtcNow.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static readonly Dictionary<string, Func<ContractCall, Task<ContractResult>>> All = new(StringComparer.Ordinal)
    {
        ["ad_accounts/list"] = c => c.GetAsync("v5/ad_accounts?page_size=10"),
        ["ad_accounts/get"] = c => c.GetAsync(Base),
        ["ad_accounts/create"] = c => c.SendAsync(HttpMethod.Post, "v5/ad_accounts", new JsonObject { ["name"] = "Contract account", ["country"] = "US", ["currency"] = "USD" }),
        ["ad_account/analytics"] = c => c.GetAsync($"{Base}/analytics?{Range}"),
        ["ad_account_targeting_analytics/get"] = c => c.GetAsync($"{Base}/targeting_analytics?{Range}&targeting_types=GENDER,AGE_BUCKET"),
        ["campaigns/list"] = c => c.GetAsync($"{Base}/campaigns?campaign_ids={Campaign}&entity_statuses=ACTIVE&entity_statuses=ARCHIVED&order=DESCENDING"),
        ["campaigns/get"] = c => c.GetAsync($"{Base}/campaigns/{Campaign}"),
        ["campaigns/create"] = c => c.SendAsync(HttpMethod.Post, $"{Base}/campaigns", new JsonArray(new JsonObject
        {
            ["ad_account_id"] = Account,
            ["name"] = "Contract campaign",
            ["objective_type"] = "AWARENESS",
            ["daily_spend_cap"] = 1_000_000,
        })),
        ["campaigns/update"] = c => c.SendAsync(HttpMethod.Patch, $"{Base}/campaigns", new JsonArray(new JsonObject
        {
            ["id"] = Campaign,
            ["ad_account_id"] = Account,
            ["name"] = "Renamed campaign",
        })),
        ["campaigns/analytics"] = c => c.GetAsync($"{Base}/campaigns/analytics?campaign_ids={Campaign}&{Range}"),
        ["campaign_targeting_analytics/get"] = c => c.GetAsync($"{Base}/campaigns/targeting_analytics?campaign_ids={Campaign}&{Range}&targeting_types=KEYWORD"),
        ["ad_pins/analytics"] = async c =>
        {
            var ad = await c.SendAsync(HttpMethod.Get, $"{Base}/ads/{Ad}", null, "ads/get");
            return await c.GetAsync($"{Base}/pins/analytics?campaign_id={Campaign}&pin_ids={ad.Body!["pin_id"]}&{Range}");
        },
        ["ad_groups/list"] = c => c.GetAsync($"{Base}/ad_groups?campaign_ids={Campaign}&ad_group_ids={AdGroup}"),
        ["ad_groups/get"] = c => c.GetAsync($"{Base}/ad_groups/{AdGroup}"),
        ["ad_groups/create"] = c => c.SendAsync(HttpMethod.Post, $"{Base}/ad_groups", new JsonArray(new JsonObject
        {
            ["campaign_id"] = Campaign,
            ["name"] = "Contract ad group",
            ["billable_event"] = "CLICKTHROUGH",
            ["budget_in_micro_currency"] = 5_000_000,
        })),
        ["ad_groups/update"] = c => c.SendAsync(HttpMethod.Patch, $"{Base}/ad_groups", new JsonArray(new JsonObject { ["id"] = AdGroup, ["status"] = "PAUSED" })),
        ["ad_groups/analytics"] = c => c.GetAsync($"{Base}/ad_groups/analytics?ad_group_ids={AdGroup}&{Range}"),
        ["ad_groups_targeting_analytics/get"] = c => c.GetAsync($"{Base}/ad_groups/targeting_analytics?ad_group_ids={AdGroup}&{Range}&targeting_types=APPTYPE"),
        ["ads/list"] = c => c.GetAsync($"{Base}/ads?ad_group_ids={AdGroup}&ad_ids={Ad}"),
        ["ads/get"] = c => c.GetAsync($"{Base}/ads/{Ad}"),
        ["ads/create"] = async c =>
        {
            var ad = await c.SendAsync(HttpMethod.Get, $"{Base}/ads/{Ad}", null, "ads/get");
            return await c.SendAsync(HttpMethod.Post, $"{Base}/ads", new JsonArray(new JsonObject
            {
                ["ad_group_id"] = AdGroup,
                ["pin_id"] = ad.Body!["pin_id"]!.GetValue<string>(),
                ["creative_type"] = "REGULAR",
                ["name"] = "Contract ad",
            }));
        },
        ["ads/update"] = c => c.SendAsync(HttpMethod.Patch, $"{Base}/ads", new JsonArray(new JsonObject { ["id"] = Ad, ["destination_url"] = "https://pinner.example/" })),
        ["ads/analytics"] = c => c.GetAsync($"{Base}/ads/analytics?ad_ids={Ad}&{Range}"),
        ["ad_targeting_analytics/get"] = c => c.GetAsync($"{Base}/ads/targeting_analytics?ad_ids={Ad}&{Range}&targeting_types=GENDER"),
    };
}
