using GraphApi.Pinterest.UserAccount;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class AccountAnalyticsType : ObjectGraphType<AccountAnalyticsMetrics>
{
    public AccountAnalyticsType()
    {
        Name = "AccountAnalytics";
        Description = "The user's account analytics for the requested range.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricValueType>>>>("summary")
            .Description("Totals over the range.")
            .Resolve(c => MetricValue.From(c.Source.SummaryMetrics));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DailyMetricsType>>>>("daily")
            .Description("Day by day.")
            .Resolve(c => c.Source.DailyMetrics ?? []);
    }
}
