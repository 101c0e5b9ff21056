using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>
/// One successful call per catalogs operation, as demo.pinner (its seeded retail catalog 98100000000000004 and ad
/// account 94000000000000002); merged into <see cref="ContractCases.All"/>.
/// </summary>
internal static class CatalogsContractCases
{
    public const string Catalog = "98100000000000004";
    public const string AdAccount = "94000000000000002";
    public const string Feed = "98200000000000004";
    public const string ProcessingResult = "98300000000000004";

    private static JsonObject NewFeed(string name) => new()
    {
        ["catalog_type"] = "RETAIL",
        ["catalog_id"] = Catalog,
        ["name"] = name + " " + Guid.NewGuid().ToString("N")[..8],
        ["format"] = "CSV",
        ["location"] = "https://pinner.example/contract.csv",
        ["default_locale"] = "en-US",
        ["default_country"] = "US",
        ["default_currency"] = "USD",
        ["default_availability"] = "IN_STOCK",
        ["credentials"] = new JsonObject { ["username"] = "bot", ["password"] = "contract-secret" },
        ["preferred_processing_schedule"] = new JsonObject { ["time"] = "04:15", ["timezone"] = "Europe/London" },
    };

    private static JsonObject Report() => new()
    {
        ["catalog_type"] = "RETAIL",
        ["report"] = new JsonObject { ["report_type"] = "FEED_INGESTION_ISSUES", ["feed_id"] = Feed },
    };

    public static readonly Dictionary<string, Func<ContractCall, Task<ContractResult>>> All = new(StringComparer.Ordinal)
    {
        ["catalogs/list"] = c => c.GetAsync($"v5/catalogs?page_size=10&ad_account_id={AdAccount}"),
        ["catalogs/create"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs", new JsonObject { ["catalog_type"] = "HOTEL", ["name"] = "Contract hotels" }),
        ["feeds/list"] = c => c.GetAsync($"v5/catalogs/feeds?catalog_id={Catalog}&page_size=5"),
        ["feeds/get"] = c => c.GetAsync($"v5/catalogs/feeds/{Feed}"),
        ["feeds/create"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs/feeds", NewFeed("Contract feed")),
        ["feeds/update"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, "v5/catalogs/feeds", NewFeed("Feed to update"), "feeds/create");
            return await c.SendAsync(HttpMethod.Patch, $"v5/catalogs/feeds/{created.Body!["id"]}", new JsonObject
            {
                ["catalog_type"] = "RETAIL",
                ["name"] = "Updated feed",
                ["status"] = "INACTIVE",
                ["default_availability"] = null,
                ["credentials"] = null,
            });
        },
        ["feeds/delete"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, "v5/catalogs/feeds", NewFeed("Feed to delete"), "feeds/create");
            return await c.SendAsync(HttpMethod.Delete, $"v5/catalogs/feeds/{created.Body!["id"]}", null);
        },
        ["feeds/ingest"] = c => c.SendAsync(HttpMethod.Post, $"v5/catalogs/feeds/{Feed}/ingest", null),
        ["feed_processing_results/list"] = async c =>
        {
            await c.SendAsync(HttpMethod.Post, $"v5/catalogs/feeds/{Feed}/ingest", null, "feeds/ingest");
            return await c.GetAsync($"v5/catalogs/feeds/{Feed}/processing_results?page_size=5");
        },
        ["items_issues/list"] = c => c.GetAsync($"v5/catalogs/processing_results/{ProcessingResult}/item_issues?item_validation_issue=TITLE_MISSING&item_numbers=3&item_numbers=11"),
        ["reports/create"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs/reports", Report()),
        ["reports/get"] = async c =>
        {
            var created = await c.SendAsync(HttpMethod.Post, "v5/catalogs/reports", Report(), "reports/create");
            await c.SendAsync(HttpMethod.Get, $"v5/catalogs/reports?token={created.Body!["token"]}", null, "reports/get");
            return await c.GetAsync($"v5/catalogs/reports?token={created.Body!["token"]}");
        },
    };
}
