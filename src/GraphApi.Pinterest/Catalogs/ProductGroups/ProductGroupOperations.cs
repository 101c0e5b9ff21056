using GraphApi.Pinterest.Http;
using static GraphApi.Pinterest.Catalogs.Items.CatalogItemOperations;

namespace GraphApi.Pinterest.Catalogs.ProductGroups;

/// <summary>The catalog product group operations (tag <c>catalog_product_groups</c>), copied from <c>pinterest-openapi.json</c>.</summary>
internal static class ProductGroupOperations
{
    public static readonly PinterestOperation List = new("catalogs_product_groups/list", HttpMethod.Get, "/catalogs/product_groups", CatalogsRead);
    public static readonly PinterestOperation Create = new("catalogs_product_groups/create", HttpMethod.Post, "/catalogs/product_groups", CatalogsWrite);
    public static readonly PinterestOperation CreateMany = new("catalogs_product_groups/create_many", HttpMethod.Post, "/catalogs/product_groups/multiple", CatalogsWrite);
    public static readonly PinterestOperation DeleteMany = new("catalogs_product_groups/delete_many", HttpMethod.Delete, "/catalogs/product_groups/multiple", CatalogsWrite);
    public static readonly PinterestOperation Get = new("catalogs_product_groups/get", HttpMethod.Get, "/catalogs/product_groups/{product_group_id}", CatalogsRead);
    public static readonly PinterestOperation Update = new("catalogs_product_groups/update", HttpMethod.Patch, "/catalogs/product_groups/{product_group_id}", CatalogsWrite);
    public static readonly PinterestOperation Delete = new("catalogs_product_groups/delete", HttpMethod.Delete, "/catalogs/product_groups/{product_group_id}", CatalogsWrite);
    public static readonly PinterestOperation ProductCounts = new("catalogs_product_groups/product_counts_get", HttpMethod.Get, "/catalogs/product_groups/{product_group_id}/product_counts", CatalogsRead);
    public static readonly PinterestOperation Products = new("catalogs_product_group_pins/list", HttpMethod.Get, "/catalogs/product_groups/{product_group_id}/products", CatalogsRead);
    public static readonly PinterestOperation ProductsByFilters = new("products_by_product_group_filter/list", HttpMethod.Post, "/catalogs/products/get_by_product_group_filters", CatalogsRead);
}
