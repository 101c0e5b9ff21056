using GraphApi.Pinterest.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class PinAnalyticsType : ObjectGraphType<PinAnalyticsMetrics>
{
    public PinAnalyticsType()
    {
        Name = "PinAnalytics";
        Description = "A pin's analytics for the requested range.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricValueType>>>>("summary")
            .Description("Totals over the range.")
            .Resolve(c => MetricValue.From(c.Source.SummaryMetrics));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricValueType>>>>("lifetime")
            .Description("Lifetime totals, when Pinterest returns them.")
            .Resolve(c => MetricValue.From(c.Source.LifetimeMetrics));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DailyMetricsType>>>>("daily")
            .Description("Day by day.")
            .Resolve(c => c.Source.DailyMetrics ?? []);
    }
}
