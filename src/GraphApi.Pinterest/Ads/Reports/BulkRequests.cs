namespace GraphApi.Pinterest.Ads.Reports;

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/bulk/download</c> (<c>BulkDownloadRequest</c>, the part the
/// gateway sends).</summary>
public sealed record BulkDownloadRequest
{
    /// <summary>1–6 of <c>CAMPAIGN</c>, <c>AD_GROUP</c>, <c>PRODUCT_GROUP</c>, <c>AD</c>, <c>KEYWORD</c>, <c>LABEL</c>, <c>SCHEDULE</c>.</summary>
    public required IReadOnlyList<string> EntityTypes { get; init; }

    /// <summary>Only these entities and their children.</summary>
    public IReadOnlyList<string>? EntityIds { get; init; }

    /// <summary><c>JSON</c> (default) or <c>CSV</c>.</summary>
    public string? OutputFormat { get; init; }

    /// <summary>Only entities changed since this Unix time (seconds, as digits).</summary>
    public string? UpdatedSince { get; init; }
}

/// <summary>Answer of <c>bulk_download/create</c> (<c>BulkDownloadResponse</c>).</summary>
public sealed record BulkDownloadStarted
{
    /// <summary>The bulk request's id, to poll with <c>bulk_request/get</c>.</summary>
    public string RequestId { get; init; } = string.Empty;
}

/// <summary>Answer of <c>bulk_request/get</c> (<c>BulkUpsertStatusResponse</c>).</summary>
public sealed record BulkRequestStatus
{
    /// <summary><c>RUNNING</c>, <c>SUCCEEDED</c> or <c>FAILED</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Where to download the result once <c>SUCCEEDED</c>.</summary>
    public string? ResultUrl { get; init; }
}
