using GraphQL;

namespace GraphApi.Features.Analytics;

/// <summary>One pin's analytics request; pins with equal ranges, metrics and app type share one multi-pin call.</summary>
public sealed record PinAnalyticsKey(string PinId, DateOnly StartDate, DateOnly EndDate, string Metrics, string AppType)
{
    public const int DefaultDays = 30;

    // Every pin of a page builds its key (250 on a dashboard); the default metrics need not be sorted and joined each time.
    private static readonly string DefaultMetrics = Normalize(PinMetricEnumType.Defaults);

    public static PinAnalyticsKey From(IResolveFieldContext context, string pinId)
    {
        var range = AnalyticsRange.From(context);
        var metrics = context.GetArgument<List<string>?>("metricTypes") is { Count: > 0 } chosen ? Normalize(chosen) : DefaultMetrics;
        return new PinAnalyticsKey(pinId, range.Start, range.End, metrics, context.GetArgument("appType", "ALL"));
    }

    private static string Normalize(IEnumerable<string> metrics) => string.Join(',', metrics.Distinct().Order(StringComparer.Ordinal));
}
