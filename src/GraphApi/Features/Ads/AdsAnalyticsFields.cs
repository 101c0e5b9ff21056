using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>The <c>analytics</c> field of each ads level, with the arguments the ads analytics reads share.</summary>
internal static class AdsAnalyticsFields
{
    public static FieldBuilder<TSource, TReturn> AdsAnalyticsArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<DateOnlyGraphType>("startDate", $"First day (UTC), within the last {PinterestLimits.AnalyticsDaysBack} days; default {AdsAnalyticsKey.DefaultDays} days before endDate.")
            .Argument<DateOnlyGraphType>("endDate", "Last day (UTC); default today.")
            .Argument<ListGraphType<NonNullGraphType<AdsAnalyticsColumnEnumType>>>("columns", "Columns to report; default SPEND_IN_DOLLAR, PAID_IMPRESSION, CTR.")
            .Argument<AdsGranularityEnumType>("granularity", a =>
            {
                a.Description = "TOTAL (one row) or a row per DAY, HOUR, WEEK or MONTH.";
                a.DefaultValue = "TOTAL";
            })
            .Argument<IntGraphType>("clickWindowDays", "Click attribution window: 0, 1, 7, 14, 30 or 60 days (Pinterest's default 30).")
            .Argument<IntGraphType>("engagementWindowDays", "Engagement attribution window: 0, 1, 7, 14, 30 or 60 days (Pinterest's default 30).")
            .Argument<IntGraphType>("viewWindowDays", "View attribution window: 0, 1, 7, 14, 30 or 60 days (Pinterest's default 1).");

    /// <summary>Campaign, ad group and ad analytics: batched, 250 objects per call.</summary>
    public static void AddTo<T>(ObjectGraphType<T> type, AdsAnalyticsLevel level, Func<object?, AdsKey> keyOf)
    {
        AdsTargetingAnalyticsFields.AddTo(type, level, keyOf);
        type.Field<ListGraphType<NonNullGraphType<AdsAnalyticsRowType>>>("analytics")
            .Description($"Ads metrics over a date range; objects of one level asked with the same arguments share one call per {AdsAnalyticsDataLoader.IdsPerCall}.")
            .AdsAnalyticsArguments()
            .PinterestOperation(OperationOf(level))
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.Batched(AdsAnalyticsDataLoader.IdsPerCall))
            .UpstreamCategory(UpstreamCategories.AdsAnalytics)
            .Resolve(c =>
            {
                var key = keyOf(c.Source);
                return c.Service<AdsAnalyticsDataLoader>().Load(AdsAnalyticsKey.From(c, level, key.AdAccountId, key.Id));
            });
    }

    /// <summary>The operation whose parameters (and their enums) each level's analytics arguments are checked against.</summary>
    public static string OperationOf(AdsAnalyticsLevel level) => level switch
    {
        AdsAnalyticsLevel.AdAccount => "ad_account/analytics",
        AdsAnalyticsLevel.Campaign => "campaigns/analytics",
        AdsAnalyticsLevel.AdGroup => "ad_groups/analytics",
        _ => "ads/analytics",
    };
}
