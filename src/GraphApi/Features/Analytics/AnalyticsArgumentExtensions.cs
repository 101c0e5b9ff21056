using GraphApi.Pinterest;
using GraphApi.Schema;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public static class AnalyticsArgumentExtensions
{
    /// <summary>startDate, endDate, metricTypes (of the endpoint's own metric enum) and appType.</summary>
    public static FieldBuilder<TSource, TReturn> AnalyticsArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Type metricEnum, IEnumerable<string> defaults) =>
        field
            .DateRangeArguments()
            .Argument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(metricEnum)), "metricTypes",
                a => a.Description = $"Metrics to return; default {string.Join(", ", defaults)}.")
            .Argument<AnalyticsAppTypeEnumType>("appType", a =>
            {
                a.Description = "Which apps the activity came from.";
                a.DefaultValue = "ALL";
                a.SentAs("app_types");
            });

    public static FieldBuilder<TSource, TReturn> DateRangeArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<DateOnlyGraphType>("startDate", $"First day (UTC), within the last {PinterestLimits.AnalyticsDaysBack} days; default 30 days before endDate.")
            .Argument<DateOnlyGraphType>("endDate", "Last day (UTC); default today.");
}
