using GraphApi.Execution.Errors;
using GraphApi.Pinterest;
using GraphQL;

namespace GraphApi.Features.Analytics;

/// <summary>The date range arguments, checked against Pinterest's rule (the last 90 days) before any call.</summary>
public sealed record AnalyticsRange(DateOnly Start, DateOnly End)
{
    public const int MaxDaysBack = PinterestLimits.AnalyticsDaysBack;

    public static AnalyticsRange From(IResolveFieldContext context)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var end = context.GetArgument<DateOnly?>("endDate") ?? today;
        var start = context.GetArgument<DateOnly?>("startDate") ?? end.AddDays(-PinAnalyticsKey.DefaultDays);
        if (start > end || start < today.AddDays(-MaxDaysBack))
        {
            throw new ExecutionError($"startDate must not be after endDate, and Pinterest keeps only the last {MaxDaysBack} days (from {today.AddDays(-MaxDaysBack):yyyy-MM-dd}).")
            {
                Code = ErrorCodes.InvalidArgument,
            };
        }

        return new AnalyticsRange(start, end > today ? today : end);
    }
}
