using System.Globalization;
using GraphApi.Execution.Errors;
using GraphApi.Features.Analytics;
using GraphApi.Pinterest.Ads;
using GraphQL;

namespace GraphApi.Features.Ads;

/// <summary>
/// One object's ads analytics request. Keys with equal level, account and arguments (<see cref="Query"/>) share one
/// call per 250 objects.
/// </summary>
public sealed record AdsAnalyticsKey(AdsAnalyticsLevel Level, string AdAccountId, string Id, string Query)
{
    public const int DefaultDays = 30;
    private static readonly string[] DefaultColumns = ["SPEND_IN_DOLLAR", "PAID_IMPRESSION", "CTR"];
    private static readonly string[] WindowArguments = ["clickWindowDays", "engagementWindowDays", "viewWindowDays"];

    public static AdsAnalyticsKey From(IResolveFieldContext context, AdsAnalyticsLevel level, string adAccountId, string id)
    {
        var range = AnalyticsRange.From(context);
        var columns = context.GetArgument<List<string>?>("columns") is { Count: > 0 } chosen ? chosen.Distinct().Order(StringComparer.Ordinal).ToList() : [.. DefaultColumns];
        var windows = string.Join(',', WindowArguments.Select(name => Window(context, name)?.ToString(CultureInfo.InvariantCulture) ?? ""));
        var query = string.Join('|', range.Start.ToString("O", CultureInfo.InvariantCulture), range.End.ToString("O", CultureInfo.InvariantCulture),
            string.Join(',', columns), context.GetArgument("granularity", "TOTAL"), windows);
        return new AdsAnalyticsKey(level, adAccountId, id, query);
    }

    /// <summary>The client request these arguments stand for.</summary>
    public AdsAnalyticsRequest ToRequest()
    {
        var parts = Query.Split('|');
        var windows = parts[4].Split(',');
        return new AdsAnalyticsRequest
        {
            StartDate = DateOnly.Parse(parts[0], CultureInfo.InvariantCulture),
            EndDate = DateOnly.Parse(parts[1], CultureInfo.InvariantCulture),
            Columns = parts[2].Split(','),
            Granularity = parts[3],
            ClickWindowDays = Int(windows[0]),
            EngagementWindowDays = Int(windows[1]),
            ViewWindowDays = Int(windows[2]),
        };
    }

    private static int? Window(IResolveFieldContext context, string name)
    {
        var days = context.GetArgument<int?>(name);
        if (days is { } value && !AdsAnalyticsValues.WindowDays.Contains(value))
        {
            throw new ExecutionError($"`{name}` must be one of {string.Join(", ", AdsAnalyticsValues.WindowDays)}.") { Code = ErrorCodes.InvalidArgument };
        }

        return days;
    }

    private static int? Int(string value) => value.Length == 0 ? null : int.Parse(value, CultureInfo.InvariantCulture);
}
