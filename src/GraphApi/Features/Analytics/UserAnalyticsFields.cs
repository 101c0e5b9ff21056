using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

/// <summary><c>User.analytics</c> and <c>User.topPins</c>, kept beside the other analytics types.</summary>
public static class UserAnalyticsFields
{
    public static void AddTo(ObjectGraphType<Account> user)
    {
        user.Field<AccountAnalyticsType>("analytics").Description($"Account analytics over a date range (the last {PinterestLimits.AnalyticsDaysBack} days).")
            .AnalyticsArguments()
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
            .Argument<NonNullGraphType<TopPinsSortEnumType>>("sortBy", a =>
            {
                a.Description = "The ranking metric.";
                a.DefaultValue = "IMPRESSION";
            })
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"How many pins, 1–{TopPinsAnalyticsRequest.MaxPins}.";
                a.DefaultValue = 10;
            })
            .Argument<DateOnlyGraphType>("startDate", $"First day (UTC), within the last {PinterestLimits.AnalyticsDaysBack} days; default 30 days before endDate.")
            .Argument<DateOnlyGraphType>("endDate", "Last day (UTC); default today.")
            .RequiresScopes(PinterestScopes.PinsRead, PinterestScopes.UserAccountsRead)
            .UpstreamCost(UpstreamCost.Page(10, TopPinsAnalyticsRequest.MaxPins))
            .UpstreamCategory(UpstreamCategories.OrgAnalytics)
            .ResolveKeyOnlyAsync(async c =>
            {
                var first = c.GetArgument("first", 10);
                if (first is < 1 or > TopPinsAnalyticsRequest.MaxPins)
                {
                    throw new ExecutionError($"`first` must be between 1 and {TopPinsAnalyticsRequest.MaxPins}, not {first}.") { Code = ErrorCodes.InvalidArgument };
                }

                var range = AnalyticsRange.From(c);
                var top = await c.Pinterest().UserAccount.GetTopPinsAsync(new TopPinsAnalyticsRequest
                {
                    StartDate = range.Start,
                    EndDate = range.End,
                    SortBy = c.GetArgument("sortBy", "IMPRESSION"),
                    NumOfPins = first,
                }, c.CancellationToken);
                return top.Pins ?? [];
            });
    }
}
