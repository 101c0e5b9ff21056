using System.Globalization;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Analytics;

/// <summary>Date range and metric list with Pinterest's rules: YYYY-MM-DD, start within the last 90 days, at most 90 days long.</summary>
internal sealed record AnalyticsRequest(DateOnly Start, DateOnly End, IReadOnlyList<string> Metrics)
{
    public static bool TryParse(HttpRequest request, DateOnly today, IReadOnlyList<string> allowed, bool metricsRequired, out AnalyticsRequest parsed, out IResult? error)
    {
        parsed = new AnalyticsRequest(today, today, allowed);
        error = null;
        if (!TryDate(request, "start_date", out var start) || !TryDate(request, "end_date", out var end))
        {
            error = SandboxErrors.InvalidParameters("start_date and end_date are required, formatted YYYY-MM-DD.");
            return false;
        }

        if (start > end || start < today.AddDays(-90) || end.DayNumber - start.DayNumber > 90)
        {
            error = SandboxErrors.InvalidParameters("You can only get data from the last 90 days, and start_date must not be after end_date.");
            return false;
        }

        var metrics = request.Query["metric_types"].SelectMany(SandboxScopes.Parse).Distinct(StringComparer.Ordinal).ToList();
        if (metrics.Count == 0 && metricsRequired)
        {
            error = SandboxErrors.InvalidParameters("metric_types is required.");
            return false;
        }

        var unknown = metrics.Except(allowed, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            error = SandboxErrors.InvalidParameters($"Unsupported metric_types: {string.Join(',', unknown)}.");
            return false;
        }

        parsed = new AnalyticsRequest(start, end > today ? today : end, metrics.Count == 0 ? allowed : metrics);
        return true;
    }

    private static bool TryDate(HttpRequest request, string name, out DateOnly date) =>
        DateOnly.TryParseExact(request.Query[name].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
