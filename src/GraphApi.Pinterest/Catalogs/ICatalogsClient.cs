using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// Catalogs, their feeds, feed processing results, item issues and reports (tags <c>catalogs</c>, <c>catalog_feeds</c>,
/// <c>catalog_reports</c>). Every call takes the optional <c>ad_account_id</c> of Business Access: act for the owner of
/// that ad account. The spec has no <c>catalogs/get</c>: a catalog by id is found through the list.
/// </summary>
public interface ICatalogsClient
{
    /// <summary>The catalogs of the user, or of the ad account's owner (<c>catalogs/list</c>).</summary>
    Task<Page<Catalog>> ListAsync(PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a catalog (<c>catalogs/create</c>). Never retried automatically.</summary>
    Task<Catalog> CreateAsync(CreateCatalogRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>The feeds, of one catalog or all (<c>feeds/list</c>).</summary>
    Task<Page<CatalogFeed>> ListFeedsAsync(string? catalogId = null, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a feed (<c>feeds/create</c>). Never retried automatically.</summary>
    Task<CatalogFeed> CreateFeedAsync(CreateCatalogFeedRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>One feed (<c>feeds/get</c>).</summary>
    Task<CatalogFeed> GetFeedAsync(string feedId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a feed (<c>feeds/update</c>).</summary>
    Task<CatalogFeed> UpdateFeedAsync(string feedId, UpdateCatalogFeedRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a feed (<c>feeds/delete</c>, 204).</summary>
    Task DeleteFeedAsync(string feedId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a processing of the feed now (<c>feeds/ingest</c>): asynchronous, poll its processing results.</summary>
    Task<CatalogFeedIngestion> IngestFeedAsync(string feedId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>The feed's processing results, newest first (<c>feed_processing_results/list</c>).</summary>
    Task<Page<FeedProcessingResult>> ListProcessingResultsAsync(string feedId, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Item validation issues of one processing result (<c>items_issues/list</c>).</summary>
    Task<Page<CatalogItemIssues>> ListItemIssuesAsync(string processingResultId, ListItemIssuesRequest? request = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Starts building a report (<c>reports/create</c>): asynchronous, poll <see cref="GetReportAsync"/> with the token.</summary>
    Task<CatalogReportToken> CreateReportAsync(CreateCatalogReportRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>A report's status, and its URL once FINISHED (<c>reports/get</c>).</summary>
    Task<CatalogReport> GetReportAsync(string token, string? adAccountId = null, CancellationToken cancellationToken = default);
}

/// <summary>Filters of <c>items_issues/list</c>.</summary>
public sealed record ListItemIssuesRequest
{
    /// <summary>Only these items (positions in the feed file).</summary>
    public IReadOnlyList<int>? ItemNumbers { get; init; }

    /// <summary>Only this issue type (<c>CatalogsItemValidationIssue</c>, e.g. TITLE_MISSING).</summary>
    public string? ItemValidationIssue { get; init; }

    public PageRequest? Page { get; init; }
}
