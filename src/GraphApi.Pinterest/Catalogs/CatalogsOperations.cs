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

    public static readonly PinterestOperation FeedsList = new("feeds/list", HttpMethod.Get, "/catalogs/feeds", Read);
    public static readonly PinterestOperation FeedsCreate = new("feeds/create", HttpMethod.Post, "/catalogs/feeds", Write);
    public static readonly PinterestOperation FeedsGet = new("feeds/get", HttpMethod.Get, "/catalogs/feeds/{feed_id}", Read);
    public static readonly PinterestOperation FeedsUpdate = new("feeds/update", HttpMethod.Patch, "/catalogs/feeds/{feed_id}", Write);
    public static readonly PinterestOperation FeedsDelete = new("feeds/delete", HttpMethod.Delete, "/catalogs/feeds/{feed_id}", Write);
    public static readonly PinterestOperation FeedsIngest = new("feeds/ingest", HttpMethod.Post, "/catalogs/feeds/{feed_id}/ingest", Write);
    public static readonly PinterestOperation FeedProcessingResultsList = new("feed_processing_results/list", HttpMethod.Get, "/catalogs/feeds/{feed_id}/processing_results", Read);
    public static readonly PinterestOperation ItemIssuesList = new("items_issues/list", HttpMethod.Get, "/catalogs/processing_results/{processing_result_id}/item_issues", Read);

    // reports/create is a catalogs_read call in the spec (it only reads the catalog).
    public static readonly PinterestOperation ReportsCreate = new("reports/create", HttpMethod.Post, "/catalogs/reports", Read);
    public static readonly PinterestOperation ReportsGet = new("reports/get", HttpMethod.Get, "/catalogs/reports", Read);
}
