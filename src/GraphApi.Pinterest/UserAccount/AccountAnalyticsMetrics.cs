using GraphApi.Pinterest.Analytics;

namespace GraphApi.Pinterest.UserAccount;

/// <summary>One split bucket of account analytics (<c>AnalyticsMetricsResponse</c>).</summary>
public sealed record AccountAnalyticsMetrics
{
    /// <summary>Per-day values.</summary>
    public IReadOnlyList<AnalyticsDailyMetrics>? DailyMetrics { get; init; }

    /// <summary>Totals by metric name.</summary>
    public IReadOnlyDictionary<string, double>? SummaryMetrics { get; init; }
}
