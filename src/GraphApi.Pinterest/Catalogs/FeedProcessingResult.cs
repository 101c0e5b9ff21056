namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// One processing (ingestion) of a feed (<c>CatalogsFeedProcessingResult</c>): PROCESSING until Pinterest has read the
/// file, then COMPLETED or FAILED, with counts per ingestion and validation issue code.
/// </summary>
public sealed record FeedProcessingResult
{
    public string Id { get; init; } = string.Empty;

    /// <summary>COMPLETED, FAILED or PROCESSING.</summary>
    public string? Status { get; init; }

    public FeedIngestionDetails? IngestionDetails { get; init; }

    /// <summary>Null early in the process.</summary>
    public FeedProductCounts? ProductCounts { get; init; }

    public FeedValidationDetails? ValidationDetails { get; init; }

    public FeedVideoCounts? VideoCounts { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>Counts per ingestion error/warning code, and ingested items per availability (<c>info</c>).</summary>
public sealed record FeedIngestionDetails
{
    public IReadOnlyDictionary<string, int>? Errors { get; init; }

    public IReadOnlyDictionary<string, int>? Info { get; init; }

    public IReadOnlyDictionary<string, int>? Warnings { get; init; }
}

public sealed record FeedProductCounts
{
    public int? Original { get; init; }

    public int? Ingested { get; init; }
}

/// <summary>Counts per item validation error/warning code.</summary>
public sealed record FeedValidationDetails
{
    public IReadOnlyDictionary<string, int>? Errors { get; init; }

    public IReadOnlyDictionary<string, int>? Warnings { get; init; }
}

public sealed record FeedVideoCounts
{
    public int? TotalVideos { get; init; }

    public int? IngestedVideos { get; init; }

    public int? NotIngestedVideos { get; init; }
}

/// <summary>The answer of <c>feeds/ingest</c> (<c>CatalogsFeedIngestion</c>): the processing it started.</summary>
public sealed record CatalogFeedIngestion
{
    public string Id { get; init; } = string.Empty;

    public string? FeedId { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }
}
