using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

/// <summary>
/// <c>User.analytics</c>, <c>User.topPins</c> and <c>User.topVideoPins</c>, kept beside the other analytics types. Each
/// takes the metric enum of its own endpoint (checked against the spec by OperationEnumTests).
/// </summary>
public static class UserAnalyticsFields
{
    public static void AddTo(ObjectGraphType<Account> user)
    {
        user.Field<AccountAnalyticsType>("analytics").Description($"Account analytics over a date range (the last {PinterestLimits.AnalyticsDaysBack} days).")
            .AnalyticsArguments(typeof(AccountMetricEnumType), AccountMetricEnumType.Defaults)
            .PinterestOperation("user_account/analytics")
            .RequiresScopes(PinterestScopes.UserAccountsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.OrgAnalytics)
            .ResolveKeyOnlyAsync(async c =>
            {
                var range = AnalyticsRange.From(c);
                var byApp = await c.Pinterest().UserAccount.GetAnalyticsAsync(new AccountAnalyticsRequest
                {
                    StartDate = range.Start,
                    EndDate = range.End,
                    AppTypes = c.GetArgument("appType", "ALL"),
                    MetricTypes = c.GetArgument<List<string>?>("metricTypes"),
                }, c.CancellationToken);
                return byApp.TryGetValue("all", out var all) ? all : byApp.Values.FirstOrDefault();
            });

        user.Field<ListGraphType<NonNullGraphType<TopPinType>>>("topPins").Description("The user's top pins over a date range.")
            .TopPinsArguments<TopPinsSortEnumType, AccountMetricEnumType>()
            .PinterestOperation("user_account/analytics/top_pins")
            .RequiresScopes(PinterestScopes.PinsRead, PinterestScopes.UserAccountsRead)
            .UpstreamCost(UpstreamCost.Page(10, TopPinsAnalyticsRequest.MaxPins))
            .UpstreamCategory(UpstreamCategories.OrgAnalytics)
            .ResolveKeyOnlyAsync(c => TopAsync(c, (client, request, ct) => client.GetTopPinsAsync(request, ct)));

        user.Field<ListGraphType<NonNullGraphType<TopPinType>>>("topVideoPins").Description("The user's top video pins over a date range, with video metrics.")
            .TopPinsArguments<VideoPinMetricEnumType, VideoPinMetricEnumType>()
            .PinterestOperation("user_account/analytics/top_video_pins")
            .RequiresScopes(PinterestScopes.PinsRead, PinterestScopes.UserAccountsRead)
            .UpstreamCost(UpstreamCost.Page(10, TopPinsAnalyticsRequest.MaxPins))
            .UpstreamCategory(UpstreamCategories.OrgAnalytics)
            .ResolveKeyOnlyAsync(c => TopAsync(c, (client, request, ct) => client.GetTopVideoPinsAsync(request, ct)));
    }

    private static FieldBuilder<Account, object> TopPinsArguments<TSort, TMetric>(this FieldBuilder<Account, object> field)
        where TSort : EnumerationGraphType
        where TMetric : EnumerationGraphType =>
        field
            .Argument<NonNullGraphType<TSort>>("sortBy", a =>
            {
                a.Description = "The ranking metric.";
                a.DefaultValue = "IMPRESSION";
            })
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"How many pins, 1–{TopPinsAnalyticsRequest.MaxPins}.";
                a.DefaultValue = 10;
                a.SentAs("num_of_pins");
            })
            .DateRangeArguments()
            .Argument<ListGraphType<NonNullGraphType<TMetric>>>("metricTypes", "Metrics to return for each pin; default: Pinterest's.");

    private static async Task<object?> TopAsync(IResolveFieldContext c, Func<IUserAccountClient, TopPinsAnalyticsRequest, CancellationToken, Task<TopPinsAnalytics>> fetch)
    {
        var first = c.GetArgument("first", 10);
        if (first is < 1 or > TopPinsAnalyticsRequest.MaxPins)
        {
            throw new ExecutionError($"`first` must be between 1 and {TopPinsAnalyticsRequest.MaxPins}, not {first}.") { Code = ErrorCodes.InvalidArgument };
        }

        var range = AnalyticsRange.From(c);
        var top = await fetch(c.Pinterest().UserAccount, new TopPinsAnalyticsRequest
        {
            StartDate = range.Start,
            EndDate = range.End,
            SortBy = c.GetArgument("sortBy", "IMPRESSION"),
            NumOfPins = first,
            MetricTypes = c.GetArgument<List<string>?>("metricTypes"),
        }, c.CancellationToken);
        return top.Pins ?? [];
    }
}
