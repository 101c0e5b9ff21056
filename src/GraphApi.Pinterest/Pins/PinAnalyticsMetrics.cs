using GraphApi.Pinterest.Analytics;

namespace GraphApi.Pinterest.Pins;

/// <summary>One split bucket of Pin analytics (<c>PinAnalyticsMetricsResponse</c>).</summary>
public sealed record PinAnalyticsMetrics
{
    /// <summary>Per-day values.</summary>
    public IReadOnlyList<AnalyticsDailyMetrics>? DailyMetrics { get; init; }

    /// <summary>Totals over the range, by metric name.</summary>
    public IReadOnlyDictionary<string, double>? SummaryMetrics { get; init; }

    /// <summary>Lifetime totals, by metric name.</summary>
    public IReadOnlyDictionary<string, long>? LifetimeMetrics { get; init; }
}
