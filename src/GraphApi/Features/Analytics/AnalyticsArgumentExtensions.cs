using GraphApi.Pinterest;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public static class AnalyticsArgumentExtensions
{
    public static FieldBuilder<TSource, TReturn> AnalyticsArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<DateOnlyGraphType>("startDate", $"First day (UTC), within the last {PinterestLimits.AnalyticsDaysBack} days; default 30 days before endDate.")
            .Argument<DateOnlyGraphType>("endDate", "Last day (UTC); default today.")
            .Argument<ListGraphType<NonNullGraphType<PinMetricEnumType>>>("metricTypes", "Metrics to return; default IMPRESSION, SAVE, PIN_CLICK, OUTBOUND_CLICK.")
            .Argument<AnalyticsAppTypeEnumType>("appType", a =>
            {
                a.Description = "Which apps the activity came from.";
                a.DefaultValue = "ALL";
            });
}
