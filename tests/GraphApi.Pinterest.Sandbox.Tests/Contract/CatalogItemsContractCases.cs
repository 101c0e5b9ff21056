using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>
/// One successful call per catalog items and product groups operation, as demo.pinner (retail catalog
/// 98100000000000004: items SKU-4-01…12, product group 98500000000000008); merged into <see cref="ContractCases.All"/>.
/// Writes make their own groups and items first, so the cases run in any order.
/// </summary>
internal static class CatalogItemsContractCases
{
    public const string Catalog = "98100000000000004";
    public const string Group = "98500000000000008";
    public const string AdAccount = "94000000000000002";

    public static readonly Dictionary<string, Func<ContractCall, Task<ContractResult>>> All = new(StringComparer.Ordinal)
    {
        ["items/post"] = c => c.SendAsync(HttpMethod.Post, $"v5/catalogs/items?ad_account_id={AdAccount}", new JsonObject
        {
            ["country"] = "US",
            ["language"] = "EN",
            ["filters"] = new JsonObject { ["catalog_type"] = "RETAIL", ["catalog_id"] = Catalog, ["item_ids"] = new JsonArray("SKU-4-01", "SKU-4-99") },
        }),
        ["items_batch/post"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs/items/batch", Batch()),
        ["items_batch/get"] = async c =>
        {
            var batch = await c.SendAsync(HttpMethod.Post, "v5/catalogs/items/batch", Batch(), "items_batch/post");
            var id = batch.Body!["batch_id"]!.GetValue<string>();
            await c.GetAsync($"v5/catalogs/items/batch/{id}");
            return await c.GetAsync($"v5/catalogs/items/batch/{id}");
        },
        ["catalogs_product_groups/list"] = c => c.GetAsync($"v5/catalogs/product_groups?catalog_id={Catalog}&id={Group},98500000000000001&page_size=10"),
        ["catalogs_product_groups/create"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs/product_groups", NewGroup()),
        ["catalogs_product_groups/create_many"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs/product_groups/multiple", new JsonArray(NewGroup(), NewGroup())),
        ["catalogs_product_groups/get"] = c => c.GetAsync($"v5/catalogs/product_groups/{Group}"),
        ["catalogs_product_groups/update"] = async c =>
        {
            var id = await NewGroupAsync(c);
            return await c.SendAsync(HttpMethod.Patch, $"v5/catalogs/product_groups/{id}", new JsonObject
            {
                ["catalog_type"] = "RETAIL",
                ["name"] = "Renamed " + Guid.NewGuid().ToString("N")[..6],
                ["description"] = "Changed",
            });
        },
        ["catalogs_product_groups/delete"] = async c => await c.SendAsync(HttpMethod.Delete, $"v5/catalogs/product_groups/{await NewGroupAsync(c)}", null),
        ["catalogs_product_groups/delete_many"] = async c =>
            await c.SendAsync(HttpMethod.Delete, $"v5/catalogs/product_groups/multiple?id={await NewGroupAsync(c)},{await NewGroupAsync(c)}", null),
        ["catalogs_product_groups/product_counts_get"] = c => c.GetAsync($"v5/catalogs/product_groups/{Group}/product_counts"),
        ["catalogs_product_group_pins/list"] = c => c.GetAsync($"v5/catalogs/product_groups/{Group}/products?page_size=5&pin_metrics=false"),
        ["products_by_product_group_filter/list"] = c => c.SendAsync(HttpMethod.Post, "v5/catalogs/products/get_by_product_group_filters?page_size=5", new JsonObject
        {
            ["catalog_type"] = "RETAIL",
            ["catalog_id"] = Catalog,
            ["country"] = "US",
            ["locale"] = "en-US",
            ["filters"] = new JsonObject { ["any_of"] = new JsonArray(new JsonObject { ["BRAND"] = new JsonObject { ["values"] = new JsonArray("Birch", "Acme") } }) },
        }),
    };

    private static JsonObject Batch() => new()
    {
        ["catalog_type"] = "RETAIL",
        ["catalog_id"] = Catalog,
        ["country"] = "US",
        ["language"] = "EN",
        ["items"] = new JsonArray(
            new JsonObject
            {
                ["operation"] = "UPSERT",
                ["item_id"] = "SKU-4-50",
                ["attributes"] = new JsonObject { ["title"] = "Contract mug", ["link"] = "https://pinners-corner.example/mug", ["image_link"] = new JsonArray("https://pinners-corner.example/mug.jpg") },
            },
            new JsonObject { ["operation"] = "UPDATE", ["item_id"] = "SKU-4-02", ["attributes"] = new JsonObject { ["title"] = "Renamed" }, ["update_mask"] = new JsonArray("title") },
            new JsonObject { ["operation"] = "DELETE", ["item_id"] = "SKU-4-98" }),
    };

    private static JsonObject NewGroup() => new()
    {
        ["catalog_type"] = "RETAIL",
        ["catalog_id"] = Catalog,
        ["name"] = "Contract " + Guid.NewGuid().ToString("N")[..8],
        ["country"] = "US",
        ["locale"] = "en-US",
        ["filters"] = new JsonObject { ["all_of"] = new JsonArray(new JsonObject { ["MAX_PRICE"] = new JsonObject { ["values"] = 30 } }) },
    };

    private static async Task<string> NewGroupAsync(ContractCall c) =>
        (await c.SendAsync(HttpMethod.Post, "v5/catalogs/product_groups", NewGroup(), "catalogs_product_groups/create")).Body!["id"]!.GetValue<string>();
}
