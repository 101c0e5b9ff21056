namespace GraphApi.Pinterest.Ads.Reports;

/// <summary>Answer of <c>analytics/create_report</c> (<c>AdsAnalyticsCreateAsyncResponse</c>): the token to poll with.</summary>
public sealed record CreatedReport
{
    /// <summary>The report's token.</summary>
    public string Token { get; init; } = string.Empty;

    /// <summary><c>IN_PROGRESS</c>, <c>FINISHED</c>, … (<c>BulkReportingJobStatus</c>).</summary>
    public string? ReportStatus { get; init; }

    /// <summary>Pinterest's note, if any.</summary>
    public string? Message { get; init; }
}

/// <summary>Answer of <c>analytics/get_report</c> (<c>AdsAnalyticsGetAsyncResponse</c>).</summary>
public sealed record ReportState
{
    /// <summary><c>DOES_NOT_EXIST</c>, <c>FINISHED</c>, <c>IN_PROGRESS</c>, <c>EXPIRED</c>, <c>FAILED</c> or <c>CANCELLED</c>.</summary>
    public string? ReportStatus { get; init; }

    /// <summary>Where to download the report once <c>FINISHED</c>.</summary>
    public string? Url { get; init; }

    /// <summary>Size in bytes once <c>FINISHED</c>.</summary>
    public double? Size { get; init; }
}
