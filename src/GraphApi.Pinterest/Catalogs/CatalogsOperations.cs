using GraphApi.Pinterest.Http;

namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// The catalogs operations this client calls, copied from <c>pinterest-openapi.json</c>. Kept apart from
/// <see cref="PinterestOperations"/> so the catalogs resources (this folder and Items/ProductGroups) add lines here only.
/// </summary>
internal static class CatalogsOperations
{
    private const string Read = PinterestRateLimitCategories.CatalogsRead;
    private const string Write = PinterestRateLimitCategories.CatalogsWrite;

    public static readonly PinterestOperation CatalogsList = new("catalogs/list", HttpMethod.Get, "/catalogs", Read);
    public static readonly PinterestOperation CatalogsCreate = new("catalogs/create", HttpMethod.Post, "/catalogs", Write);
}
