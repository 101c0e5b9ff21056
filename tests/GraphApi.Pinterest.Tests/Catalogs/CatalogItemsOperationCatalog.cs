using System.Text.Json;
using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Tests.Catalogs;

/// <summary>One call per catalog items / product groups client method, every optional parameter set, for the spec check.</summary>
internal static class CatalogItemsOperationCatalog
{
    private const string Account = "549755885175";
    private const string Catalog = "98100000000000001";
    private const string Group = "98500000000000001";
    private static readonly PageRequest Page = new(250, "bookmark-1");
    private static readonly JsonElement RetailAttributes = JsonDocument.Parse("""{"title":"Mug","description":"A mug","link":"https://shop.example/mug","image_link":["https://shop.example/mug.jpg"],"price":"12.00 USD","availability":"in stock"}""").RootElement;
    private static readonly JsonElement HotelAttributes = JsonDocument.Parse("""{"name":"Inn","link":"https://inn.example","main_image":{"link":"https://inn.example/a.jpg"},"description":"An inn"}""").RootElement;
    private static readonly JsonElement CreativeAttributes = JsonDocument.Parse("""{"title":"Ad","link":"https://shop.example/a","image_link":"https://shop.example/a.jpg"}""").RootElement;
    private static readonly JsonElement Filters = JsonDocument.Parse("""{"any_of":[{"ITEM_ID":{"values":["SKU-1"]}}]}""").RootElement;

    private static CatalogItemsBatchRequest Batch(string vertical, params CatalogItemOperation[] items) =>
        new() { CatalogType = vertical, CatalogId = Catalog, Country = "US", Language = "EN", Items = items };

    public static readonly IReadOnlyDictionary<string, (string OperationId, Func<IPinterestClient, Task> Call)> Calls =
        new Dictionary<string, (string, Func<IPinterestClient, Task>)>
        {
            ["items.get.retail"] = ("items/post", c => c.CatalogItems.GetAsync(new CatalogItemsRequest
            {
                Country = "US",
                Language = "EN",
                Filters = CatalogItemsFilter.For(CatalogItemVerticals.Retail, Catalog, ["SKU-1", "SKU-2"]),
            }, Account)),
            ["items.get.hotel"] = ("items/post", c => c.CatalogItems.GetAsync(new CatalogItemsRequest
            {
                Country = "US",
                Language = "EN",
                Filters = CatalogItemsFilter.For(CatalogItemVerticals.Hotel, Catalog, ["H-1"]),
            })),
            ["items.get.creative_assets"] = ("items/post", c => c.CatalogItems.GetAsync(new CatalogItemsRequest
            {
                Country = "US",
                Language = "EN",
                Filters = CatalogItemsFilter.For(CatalogItemVerticals.CreativeAssets, null, ["CA-1"]),
            })),
            ["items_batch.post.retail"] = ("items_batch/post", c => c.CatalogItems.SubmitBatchAsync(Batch(CatalogItemVerticals.Retail,
                CatalogItemOperation.For(CatalogItemVerticals.Retail, "CREATE", "SKU-1", RetailAttributes),
                CatalogItemOperation.For(CatalogItemVerticals.Retail, "UPDATE", "SKU-2", RetailAttributes, ["title"]),
                CatalogItemOperation.For(CatalogItemVerticals.Retail, "UPSERT", "SKU-3", RetailAttributes),
                CatalogItemOperation.For(CatalogItemVerticals.Retail, "DELETE", "SKU-4", null)), Account)),
            ["items_batch.post.hotel"] = ("items_batch/post", c => c.CatalogItems.SubmitBatchAsync(Batch(CatalogItemVerticals.Hotel,
                CatalogItemOperation.For(CatalogItemVerticals.Hotel, "UPSERT", "H-1", HotelAttributes),
                CatalogItemOperation.For(CatalogItemVerticals.Hotel, "DELETE", "H-2", null)))),
            ["items_batch.post.creative_assets"] = ("items_batch/post", c => c.CatalogItems.SubmitBatchAsync(Batch(CatalogItemVerticals.CreativeAssets,
                CatalogItemOperation.For(CatalogItemVerticals.CreativeAssets, "CREATE", "CA-1", CreativeAttributes)))),
            ["items_batch.get"] = ("items_batch/get", c => c.CatalogItems.GetBatchAsync("a1b2c3d4e5f6", Account)),

            ["product_groups.list"] = ("catalogs_product_groups/list", c => c.ProductGroups.ListAsync(new ListProductGroupsRequest
            {
                Ids = [Group, "98500000000000002"],
                FeedId = "98200000000000001",
                CatalogId = Catalog,
                AdAccountId = Account,
                Page = Page,
            })),
            ["product_groups.create"] = ("catalogs_product_groups/create", c => c.ProductGroups.CreateAsync(new CreateProductGroupRequest
            {
                CatalogType = CatalogItemVerticals.Retail,
                CatalogId = Catalog,
                Name = "Mugs",
                Description = "All mugs",
                Filters = Filters,
                Country = "US",
                Locale = "en-US",
            }, Account)),
            ["product_groups.create_many"] = ("catalogs_product_groups/create_many", c => c.ProductGroups.CreateManyAsync(
                [new CreateProductGroupRequest { CatalogType = CatalogItemVerticals.Retail, CatalogId = Catalog, Name = "Mugs", Filters = Filters }], Account)),
            ["product_groups.get"] = ("catalogs_product_groups/get", c => c.ProductGroups.GetAsync(Group, Account)),
            ["product_groups.update"] = ("catalogs_product_groups/update", c => c.ProductGroups.UpdateAsync(Group, new UpdateProductGroupRequest
            {
                CatalogType = CatalogItemVerticals.Retail,
                Name = "Cups",
                Description = "d",
                Filters = Filters,
                Country = "US",
                Locale = "en-US",
            }, Account)),
            ["product_groups.delete"] = ("catalogs_product_groups/delete", c => c.ProductGroups.DeleteAsync(Group, Account)),
            ["product_groups.delete_many"] = ("catalogs_product_groups/delete_many", c => c.ProductGroups.DeleteManyAsync([Group, "98500000000000002"], Account)),
            ["product_groups.product_counts"] = ("catalogs_product_groups/product_counts_get", c => c.ProductGroups.GetProductCountsAsync(Group, Account)),
            ["product_groups.products"] = ("catalogs_product_group_pins/list", c => c.ProductGroups.ListProductsAsync(Group, Page, true, Account)),
            ["product_groups.products_by_filters"] = ("products_by_product_group_filter/list", c => c.ProductGroups.ListProductsByFiltersAsync(
                new ProductsByFiltersRequest { CatalogType = CatalogItemVerticals.Retail, CatalogId = Catalog, Filters = Filters, Country = "US", Locale = "en-US" }, Page, true, Account)),
        };

    public static TheoryData<string> Names => new(Calls.Keys.Order(StringComparer.Ordinal));
}
