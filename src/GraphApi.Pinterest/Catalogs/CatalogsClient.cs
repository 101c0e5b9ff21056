using System.Globalization;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Catalogs.CatalogsOperations;

namespace GraphApi.Pinterest.Catalogs;

internal sealed class CatalogsClient(PinterestRequestSender connection) : ICatalogsClient
{
    private static readonly CatalogsJsonContext Json = CatalogsJsonContext.Default;

    // GET /catalogs
    public Task<Page<Catalog>> ListAsync(PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("ad_account_id", adAccountId).AddPage(page);
        return connection.GetAsync(CatalogsList, CatalogsList.Path(), query, Json.PageCatalog, cancellationToken);
    }

    // POST /catalogs
    public Task<Catalog> CreateAsync(CreateCatalogRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        CatalogRequestChecks.Vertical(request.CatalogType, CatalogTypes.All);
        return connection.SendJsonAsync(CatalogsCreate, CatalogsCreate.Path(), Account(adAccountId), request, Json.CreateCatalogRequest, Json.Catalog, cancellationToken);
    }

    // GET /catalogs/feeds
    public Task<Page<CatalogFeed>> ListFeedsAsync(string? catalogId = null, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("catalog_id", catalogId).Add("ad_account_id", adAccountId).AddPage(page);
        return connection.GetAsync(FeedsList, FeedsList.Path(), query, Json.PageCatalogFeed, cancellationToken);
    }

    // POST /catalogs/feeds
    public Task<CatalogFeed> CreateFeedAsync(CreateCatalogFeedRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        CatalogRequestChecks.Create(request);
        return connection.SendJsonAsync(FeedsCreate, FeedsCreate.Path(), Account(adAccountId), request, Json.CreateCatalogFeedRequest, Json.CatalogFeed, cancellationToken);
    }

    // GET /catalogs/feeds/{feed_id}
    public Task<CatalogFeed> GetFeedAsync(string feedId, string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(FeedsGet, FeedsGet.Path(feedId), Account(adAccountId), Json.CatalogFeed, cancellationToken);

    // PATCH /catalogs/feeds/{feed_id}
    public Task<CatalogFeed> UpdateFeedAsync(string feedId, UpdateCatalogFeedRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        CatalogRequestChecks.Update(request);
        return connection.SendJsonAsync(FeedsUpdate, FeedsUpdate.Path(feedId), Account(adAccountId), request, Json.UpdateCatalogFeedRequest, Json.CatalogFeed, cancellationToken);
    }

    // DELETE /catalogs/feeds/{feed_id}
    public Task DeleteFeedAsync(string feedId, string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.SendAsync(FeedsDelete, FeedsDelete.Path(feedId), Account(adAccountId), cancellationToken);

    // POST /catalogs/feeds/{feed_id}/ingest. No body: GetAsync sends the operation's method (POST) without content.
    public Task<CatalogFeedIngestion> IngestFeedAsync(string feedId, string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(FeedsIngest, FeedsIngest.Path(feedId), Account(adAccountId), Json.CatalogFeedIngestion, cancellationToken);

    // GET /catalogs/feeds/{feed_id}/processing_results
    public Task<Page<FeedProcessingResult>> ListProcessingResultsAsync(string feedId, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("ad_account_id", adAccountId).AddPage(page);
        return connection.GetAsync(FeedProcessingResultsList, FeedProcessingResultsList.Path(feedId), query, Json.PageFeedProcessingResult, cancellationToken);
    }

    // GET /catalogs/processing_results/{processing_result_id}/item_issues
    public Task<Page<CatalogItemIssues>> ListItemIssuesAsync(string processingResultId, ListItemIssuesRequest? request = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .AddExploded("item_numbers", request?.ItemNumbers?.Select(n => n.ToString(CultureInfo.InvariantCulture)))
            .Add("item_validation_issue", request?.ItemValidationIssue)
            .Add("ad_account_id", adAccountId)
            .AddPage(request?.Page);
        return connection.GetAsync(ItemIssuesList, ItemIssuesList.Path(processingResultId), query, Json.PageCatalogItemIssues, cancellationToken);
    }

    // POST /catalogs/reports
    public Task<CatalogReportToken> CreateReportAsync(CreateCatalogReportRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        CatalogRequestChecks.Report(request);
        return connection.SendJsonAsync(ReportsCreate, ReportsCreate.Path(), Account(adAccountId), request, Json.CreateCatalogReportRequest, Json.CatalogReportToken, cancellationToken);
    }

    // GET /catalogs/reports?token=
    public Task<CatalogReport> GetReportAsync(string token, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var query = new QueryString().Add("ad_account_id", adAccountId).Add("token", token);
        return connection.GetAsync(ReportsGet, ReportsGet.Path(), query, Json.CatalogReport, cancellationToken);
    }

    private static QueryString Account(string? adAccountId) => new QueryString().Add("ad_account_id", adAccountId);
}
