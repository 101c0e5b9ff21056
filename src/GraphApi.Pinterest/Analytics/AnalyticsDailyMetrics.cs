namespace GraphApi.Pinterest.Analytics;

/// <summary>Metrics of one day.</summary>
public sealed record AnalyticsDailyMetrics
{
    /// <summary>The day, as Pinterest sends it (<c>YYYY-MM-DD</c>).</summary>
    public string? Date { get; init; }

    /// <summary><c>READY</c>, <c>PROCESSING</c>, <c>ESTIMATE</c>, … (<c>DataStatus</c>).</summary>
    public string? DataStatus { get; init; }

    /// <summary>Values by metric name.</summary>
    public IReadOnlyDictionary<string, double>? Metrics { get; init; }
}
