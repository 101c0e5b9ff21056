namespace GraphApi.Pinterest.Catalogs;

/// <summary>The spec's report types (<c>report.report_type</c> of <c>CatalogsReportParameters</c>).</summary>
public static class CatalogReportTypes
{
    public const string FeedIngestionIssues = "FEED_INGESTION_ISSUES";
    public const string DistributionIssues = "DISTRIBUTION_ISSUES";
    public const string AllItems = "ALL_ITEMS";

    public static IReadOnlyList<string> All { get; } = [FeedIngestionIssues, DistributionIssues, AllItems];
}

/// <summary>
/// Body of <c>POST /catalogs/reports</c> (<c>CatalogsReportParameters</c>): RETAIL or HOTEL catalogs only. A feed
/// ingestion report names its feed (and optionally the processing result); the others optionally their catalog.
/// </summary>
public sealed record CreateCatalogReportRequest
{
    /// <summary>RETAIL or HOTEL.</summary>
    public required string CatalogType { get; init; }

    public required CatalogReportFilter Report { get; init; }
}

/// <summary>The <c>report</c> object: one of the report filters, told apart by <see cref="ReportType"/>.</summary>
public sealed record CatalogReportFilter
{
    /// <summary>One of <see cref="CatalogReportTypes"/>.</summary>
    public required string ReportType { get; init; }

    /// <summary>FEED_INGESTION_ISSUES only (required there).</summary>
    public string? FeedId { get; init; }

    /// <summary>FEED_INGESTION_ISSUES only; Pinterest's default is the latest completed processing.</summary>
    public string? ProcessingResultId { get; init; }

    /// <summary>DISTRIBUTION_ISSUES and ALL_ITEMS only; Pinterest's default is the oldest catalog.</summary>
    public string? CatalogId { get; init; }
}

/// <summary><c>CatalogsCreateReportResponse</c>: the token to poll with.</summary>
public sealed record CatalogReportToken
{
    public string? Token { get; init; }
}

/// <summary><c>CatalogsReport</c>: IN_PROGRESS, then FINISHED with the file's URL and size.</summary>
public sealed record CatalogReport
{
    public string? ReportStatus { get; init; }

    public string? Url { get; init; }

    /// <summary>Bytes.</summary>
    public double? Size { get; init; }
}
