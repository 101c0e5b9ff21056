using System.Globalization;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>The parameters every ads analytics read shares, checked as Pinterest checks them.</summary>
internal sealed record AdsAnalyticsQuery(DateOnly Start, DateOnly End, IReadOnlyList<string> Columns, string Granularity)
{
    /// <summary>How far back ads analytics reach.</summary>
    public const int DaysBack = 90;

    public static bool TryParse(HttpRequest request, ApiContext api, out AdsAnalyticsQuery query, out IResult? error)
    {
        query = new AdsAnalyticsQuery(default, default, [], "TOTAL");
        if (!AdsQueryParsing.TryDate(request, "start_date", out var start, out error) || !AdsQueryParsing.TryDate(request, "end_date", out var end, out error))
        {
            return false;
        }

        if (start > end || start < api.Today.AddDays(-DaysBack))
        {
            error = SandboxErrors.InvalidParameters($"start_date must be on or before end_date and at most {DaysBack} days back.");
            return false;
        }

        var columns = CommaList(request, "columns");
        if (columns.Count == 0 || columns.Any(c => !AdsAnalyticsSpec.Columns.Contains(c, StringComparer.Ordinal)))
        {
            error = SandboxErrors.InvalidParameters("columns is required, comma-separated, each a documented reporting column.");
            return false;
        }

        var granularity = request.Query["granularity"].ToString();
        if (!AdsAnalyticsSpec.Granularities.Contains(granularity, StringComparer.Ordinal))
        {
            error = SandboxErrors.InvalidParameters("granularity must be TOTAL, DAY, HOUR, WEEK or MONTH.");
            return false;
        }

        foreach (var window in (string[])["click_window_days", "engagement_window_days", "view_window_days"])
        {
            var raw = request.Query[window].ToString();
            if (raw.Length > 0 && (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || !AdsAnalyticsSpec.WindowDays.Contains(days)))
            {
                error = SandboxErrors.InvalidParameters($"{window} must be one of 0, 1, 7, 14, 30, 60.");
                return false;
            }
        }

        var reportTime = request.Query["conversion_report_time"].ToString();
        if (reportTime is not ("" or "TIME_OF_AD_ACTION" or "TIME_OF_CONVERSION"))
        {
            error = SandboxErrors.InvalidParameters("conversion_report_time must be TIME_OF_AD_ACTION or TIME_OF_CONVERSION.");
            return false;
        }

        query = new AdsAnalyticsQuery(start, end, columns, granularity);
        return true;
    }

    /// <summary>Rows of one entity: one per bucket, keyed by <paramref name="idColumn"/> (e.g. CAMPAIGN_ID).</summary>
    public IEnumerable<Dictionary<string, object>> Rows(string idColumn, string entityId, string salt = "")
    {
        foreach (var (first, last) in AdsMetrics.Buckets(Start, End, Granularity))
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal) { [idColumn] = entityId };
            if (Granularity != "TOTAL")
            {
                row["DATE"] = AdsMetrics.Date(first);
            }

            foreach (var column in Columns)
            {
                row[column] = AdsMetrics.Value(entityId + salt, first, last, column);
            }

            yield return row;
        }
    }

    public static List<string> CommaList(HttpRequest request, string name) =>
        request.Query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
