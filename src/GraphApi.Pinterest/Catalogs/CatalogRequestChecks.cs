namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// What the client refuses before sending (an <see cref="ArgumentException"/>, no call): a request Pinterest's schema
/// rejects anyway (an unknown vertical, a field the vertical does not take, a location that is not a feed URL).
/// </summary>
internal static class CatalogRequestChecks
{
    public static readonly IReadOnlyList<string> Formats = ["TSV", "CSV", "XML"];
    public static readonly IReadOnlyList<string> Statuses = ["ACTIVE", "INACTIVE"];
    public static readonly IReadOnlyList<string> Availabilities = ["IN_STOCK", "OUT_OF_STOCK", "PREORDER"];
    public static readonly IReadOnlyList<string> ReportVerticals = [CatalogTypes.Retail, CatalogTypes.Hotel];
    private static readonly string[] Schemes = ["http://", "https://", "ftp://", "sftp://"];

    public static void Vertical(string? value, IReadOnlyList<string> allowed, string name = "CatalogType")
    {
        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{name} must be one of {string.Join(", ", allowed)}.", name);
        }
    }

    public static void Create(CreateCatalogFeedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Vertical(request.CatalogType, CatalogTypes.All);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.DefaultLocale, nameof(request));
        Vertical(request.Format, Formats, nameof(request.Format));
        Location(request.Location);
        if (request.Status is not null)
        {
            Vertical(request.Status, Statuses, nameof(request.Status));
        }

        var hotel = request.CatalogType == CatalogTypes.Hotel;
        if (hotel != (request.DefaultCountry is null))
        {
            throw new ArgumentException(hotel ? "Hotel feeds take no DefaultCountry." : "DefaultCountry is required for retail and creative-assets feeds.", nameof(request));
        }

        if (request.DefaultAvailability is not null && request.CatalogType != CatalogTypes.Retail)
        {
            throw new ArgumentException("Only retail feeds take a DefaultAvailability.", nameof(request));
        }
    }

    public static void Update(UpdateCatalogFeedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Vertical(request.CatalogType, CatalogTypes.All);
        if (request.Location is not null)
        {
            Location(request.Location);
        }

        if (request.Format is not null)
        {
            Vertical(request.Format, Formats, nameof(request.Format));
        }

        if (request.Status is not null)
        {
            Vertical(request.Status, Statuses, nameof(request.Status));
        }

        if (!request.DefaultAvailability.IsUnset && request.CatalogType != CatalogTypes.Retail)
        {
            throw new ArgumentException("Only retail feeds take a DefaultAvailability.", nameof(request));
        }
    }

    public static void Report(CreateCatalogReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Report, nameof(request));
        Vertical(request.CatalogType, ReportVerticals);
        Vertical(request.Report.ReportType, CatalogReportTypes.All, nameof(request.Report.ReportType));
        var ingestion = request.Report.ReportType == CatalogReportTypes.FeedIngestionIssues;
        if (ingestion ? request.Report.FeedId is null || request.Report.CatalogId is not null : request.Report.FeedId is not null || request.Report.ProcessingResultId is not null)
        {
            throw new ArgumentException("A FEED_INGESTION_ISSUES report takes FeedId (and ProcessingResultId), the others CatalogId only.", nameof(request));
        }
    }

    private static void Location(string? location)
    {
        if (location is null || !Schemes.Any(s => location.StartsWith(s, StringComparison.Ordinal)))
        {
            throw new ArgumentException("Location must be an http, https, ftp or sftp URL.", nameof(location));
        }
    }
}
