using System.Globalization;

namespace GraphApi.Pinterest.Sandbox.Api.Analytics;

internal sealed record DailyMetrics(string Date, string DataStatus, IReadOnlyDictionary<string, double> Metrics);

internal sealed record MetricsBucket(
    IReadOnlyList<DailyMetrics> DailyMetrics,
    IReadOnlyDictionary<string, double> SummaryMetrics,
    IReadOnlyDictionary<string, long>? LifetimeMetrics);

/// <summary>Builds <c>AnalyticsResponse</c> / <c>PinAnalyticsResponse</c>: one <c>all</c> bucket, as with split_field=NO_SPLIT.</summary>
internal static class AnalyticsResponses
{
    public static IReadOnlyDictionary<string, MetricsBucket> For(string subjectId, AnalyticsRequest request, bool isPin)
    {
        var days = new List<DailyMetrics>();
        for (var date = request.Start; date <= request.End; date = date.AddDays(1))
        {
            days.Add(new DailyMetrics(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "READY", MetricsGenerator.Daily(subjectId, date, request.Metrics)));
        }

        var bucket = new MetricsBucket(
            days,
            MetricsGenerator.Summary(subjectId, request.Start, request.End, request.Metrics),
            isPin ? MetricsGenerator.Lifetime(subjectId) : null);
        return new Dictionary<string, MetricsBucket>(StringComparer.Ordinal) { ["all"] = bucket };
    }
}
