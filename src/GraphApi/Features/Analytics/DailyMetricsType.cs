using GraphApi.Pinterest.Analytics;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class DailyMetricsType : ObjectGraphType<AnalyticsDailyMetrics>
{
    public DailyMetricsType()
    {
        Name = "DailyMetrics";
        Description = "One day's metrics.";
        Field(d => d.Date, nullable: true).Description("The day, YYYY-MM-DD.");
        Field(d => d.DataStatus, nullable: true).Description("Pinterest's data status for the day, e.g. READY.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricValueType>>>>("metrics")
            .Description("The day's values.")
            .Resolve(c => MetricValue.From(c.Source.Metrics));
    }
}
