using GraphApi.Pinterest.Http;

namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>The catalog items operations (tag <c>catalog_items</c>), copied from <c>pinterest-openapi.json</c>; kept apart
/// from <see cref="PinterestOperations"/> like <c>AdsOperations</c> so the catalog work of issue 18 lands in its own files.</summary>
internal static class CatalogItemOperations
{
    internal const string CatalogsRead = PinterestRateLimitCategories.CatalogsRead;
    internal const string CatalogsWrite = PinterestRateLimitCategories.CatalogsWrite;

    // A read, though sent as POST: the ids travel in the body.
    public static readonly PinterestOperation ItemsGet = new("items/post", HttpMethod.Post, "/catalogs/items", CatalogsRead);
    public static readonly PinterestOperation ItemsBatchPost = new("items_batch/post", HttpMethod.Post, "/catalogs/items/batch", CatalogsWrite);
    public static readonly PinterestOperation ItemsBatchGet = new("items_batch/get", HttpMethod.Get, "/catalogs/items/batch/{batch_id}", CatalogsRead);
}
