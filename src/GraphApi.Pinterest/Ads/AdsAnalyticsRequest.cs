namespace GraphApi.Pinterest.Ads;

/// <summary>
/// The query every synchronous ads analytics read shares: a date range, <see cref="AdsAnalyticsValues.Columns"/>,
/// a granularity and the optional attribution windows (Pinterest's defaults when null).
/// </summary>
public sealed record AdsAnalyticsRequest
{
    /// <summary>First day.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary>Reporting columns (sent comma-separated).</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>One of <see cref="AdsAnalyticsValues.Granularities"/>.</summary>
    public required string Granularity { get; init; }

    /// <summary>Click attribution window (<see cref="AdsAnalyticsValues.WindowDays"/>).</summary>
    public int? ClickWindowDays { get; init; }

    /// <summary>Engagement attribution window.</summary>
    public int? EngagementWindowDays { get; init; }

    /// <summary>View attribution window.</summary>
    public int? ViewWindowDays { get; init; }

    /// <summary><c>TIME_OF_AD_ACTION</c> or <c>TIME_OF_CONVERSION</c>.</summary>
    public string? ConversionReportTime { get; init; }
}
