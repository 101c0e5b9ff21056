using GraphQL;

namespace GraphApi.Analytics;

/// <summary>One pin's analytics request; pins with equal ranges, metrics and app type share one multi-pin call.</summary>
public sealed record PinAnalyticsKey(string PinId, DateOnly StartDate, DateOnly EndDate, string Metrics, string AppType)
{
    public const int DefaultDays = 30;

    public static PinAnalyticsKey From(IResolveFieldContext context, string pinId)
    {
        var range = AnalyticsRange.From(context);
        var metrics = context.GetArgument<List<string>?>("metricTypes") is { Count: > 0 } chosen ? chosen : PinMetricEnumType.Defaults;
        return new PinAnalyticsKey(pinId, range.Start, range.End, string.Join(',', metrics.Distinct().Order(StringComparer.Ordinal)),
            context.GetArgument("appType", "ALL"));
    }
}
