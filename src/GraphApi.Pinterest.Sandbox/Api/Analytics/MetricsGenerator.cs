using System.Globalization;
using System.Text;

namespace GraphApi.Pinterest.Sandbox.Api.Analytics;

/// <summary>
/// Deterministic daily numbers: each value is a hash of (pin or user, date, metric), so repeated calls and restarts
/// agree without storing 90 days × 200 pins of rows. Rates are derived from the counts so they stay consistent.
/// </summary>
internal static class MetricsGenerator
{
    /// <summary>The spec's "Standard Pin metric types" of pins/analytics.</summary>
    public static IReadOnlyList<string> PinMetricTypes { get; } =
        ["IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE", "SAVE_RATE", "TOTAL_COMMENTS", "TOTAL_REACTIONS", "USER_FOLLOW", "PROFILE_VISIT"];

    /// <summary>The spec's "Video Pin metric types" of pins/analytics.</summary>
    public static IReadOnlyList<string> VideoPinMetricTypes { get; } =
    [
        "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE", "SAVE_RATE", "VIDEO_MRC_VIEW", "VIDEO_10S_VIEW", "QUARTILE_95_PERCENT_VIEW",
        "VIDEO_V50_WATCH_TIME", "VIDEO_START", "VIDEO_AVG_WATCH_TIME", "TOTAL_COMMENTS", "TOTAL_REACTIONS",
    ];

    /// <summary>Either list: what a pins/analytics request may ask for (each pin answers the metrics of its own kind).</summary>
    public static IReadOnlyList<string> AnyPinMetricTypes { get; } = PinMetricTypes.Union(VideoPinMetricTypes).ToList();

    /// <summary>metric_types and sort_by of user_account/analytics/top_video_pins.</summary>
    public static IReadOnlyList<string> TopVideoMetricTypes { get; } =
        ["IMPRESSION", "SAVE", "VIDEO_MRC_VIEW", "VIDEO_AVG_WATCH_TIME", "VIDEO_V50_WATCH_TIME", "QUARTILE_95_PERCENT_VIEW", "VIDEO_10S_VIEW", "VIDEO_START", "OUTBOUND_CLICK"];

    public static IReadOnlyList<string> AccountMetricTypes { get; } =
        ["ENGAGEMENT", "ENGAGEMENT_RATE", "IMPRESSION", "OUTBOUND_CLICK", "OUTBOUND_CLICK_RATE", "PIN_CLICK", "PIN_CLICK_RATE", "SAVE", "SAVE_RATE"];

    public static IReadOnlyDictionary<string, double> Daily(string subjectId, DateOnly date, IEnumerable<string> metrics)
    {
        var counts = Counts(subjectId, date);
        return metrics.ToDictionary(m => m, m => Value(m, counts), StringComparer.Ordinal);
    }

    public static IReadOnlyDictionary<string, double> Summary(string subjectId, DateOnly start, DateOnly end, IEnumerable<string> metrics)
    {
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var date = start; date <= end; date = date.AddDays(1))
        {
            foreach (var (name, value) in Counts(subjectId, date))
            {
                total[name] = total.GetValueOrDefault(name) + value;
            }
        }

        return metrics.ToDictionary(m => m, m => Value(m, total), StringComparer.Ordinal);
    }

    public static IReadOnlyDictionary<string, long> Lifetime(string pinId) => new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["TOTAL_COMMENTS"] = Hash(pinId, "lifetime", "comments") % 40,
        ["TOTAL_REACTIONS"] = Hash(pinId, "lifetime", "reactions") % 300,
    };

    /// <summary>The free-form <c>pin_metrics</c> object Pinterest adds with <c>?pin_metrics=true</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> PinMetrics(string pinId, DateOnly today)
    {
        var last90 = Summary(pinId, today.AddDays(-90), today, ["IMPRESSION", "PIN_CLICK", "OUTBOUND_CLICK"]);
        var lifetime = Lifetime(pinId);
        var ninety = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["impression"] = (long)last90["IMPRESSION"],
            ["pin_click"] = (long)last90["PIN_CLICK"],
            ["clickthrough"] = (long)last90["OUTBOUND_CLICK"],
        };
        var allTime = new Dictionary<string, long>(ninety, StringComparer.Ordinal)
        {
            ["reaction"] = lifetime["TOTAL_REACTIONS"],
            ["comment"] = lifetime["TOTAL_COMMENTS"],
        };
        return new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal) { ["90d"] = ninety, ["lifetime_metrics"] = allTime };
    }

    private static Dictionary<string, double> Counts(string subjectId, DateOnly date)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        double impressions = 20 + (Hash(subjectId, day, "IMPRESSION") % 480);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["IMPRESSION"] = impressions,
            ["PIN_CLICK"] = Math.Floor(impressions * (2 + (Hash(subjectId, day, "PIN_CLICK") % 7)) / 100),
            ["OUTBOUND_CLICK"] = Math.Floor(impressions * (Hash(subjectId, day, "OUTBOUND_CLICK") % 4) / 100),
            ["SAVE"] = Math.Floor(impressions * (1 + (Hash(subjectId, day, "SAVE") % 5)) / 100),
            ["TOTAL_COMMENTS"] = Hash(subjectId, day, "TOTAL_COMMENTS") % 3,
            ["TOTAL_REACTIONS"] = Hash(subjectId, day, "TOTAL_REACTIONS") % 6,
            ["USER_FOLLOW"] = Hash(subjectId, day, "USER_FOLLOW") % 3,
            ["PROFILE_VISIT"] = Hash(subjectId, day, "PROFILE_VISIT") % 9,
        };
        AddVideoCounts(counts, subjectId, day);
        return counts;
    }

    // A funnel, so the numbers stay plausible: starts <= impressions, MRC views <= starts, 10 s views <= MRC views, ...
    // Watch time is in milliseconds (the sandbox's videos are 12 s long); the average is derived in Value.
    private static void AddVideoCounts(Dictionary<string, double> counts, string subjectId, string day)
    {
        var starts = Math.Floor(counts["IMPRESSION"] * (10 + (Hash(subjectId, day, "VIDEO_START") % 21)) / 100);
        var mrc = Math.Floor(starts * (50 + (Hash(subjectId, day, "VIDEO_MRC_VIEW") % 31)) / 100);
        var tenSeconds = Math.Floor(mrc * (40 + (Hash(subjectId, day, "VIDEO_10S_VIEW") % 31)) / 100);
        counts["VIDEO_START"] = starts;
        counts["VIDEO_MRC_VIEW"] = mrc;
        counts["VIDEO_10S_VIEW"] = tenSeconds;
        counts["QUARTILE_95_PERCENT_VIEW"] = Math.Floor(tenSeconds * (20 + (Hash(subjectId, day, "QUARTILE_95_PERCENT_VIEW") % 31)) / 100);
        counts["VIDEO_V50_WATCH_TIME"] = starts * (2000 + (Hash(subjectId, day, "VIDEO_V50_WATCH_TIME") % 7001));
    }

    private static double Value(string metric, Dictionary<string, double> counts)
    {
        var impressions = Math.Max(1, counts["IMPRESSION"]);
        var engagement = counts["PIN_CLICK"] + counts["OUTBOUND_CLICK"] + counts["SAVE"];
        return metric switch
        {
            "ENGAGEMENT" => engagement,
            "ENGAGEMENT_RATE" => Math.Round(engagement / impressions, 4),
            "SAVE_RATE" => Math.Round(counts["SAVE"] / impressions, 4),
            "PIN_CLICK_RATE" => Math.Round(counts["PIN_CLICK"] / impressions, 4),
            "OUTBOUND_CLICK_RATE" => Math.Round(counts["OUTBOUND_CLICK"] / impressions, 4),
            "VIDEO_AVG_WATCH_TIME" => Math.Round(counts["VIDEO_V50_WATCH_TIME"] / Math.Max(1, counts["VIDEO_START"]), 1),
            _ => counts.GetValueOrDefault(metric),
        };
    }

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static uint Hash(string subject, string day, string metric)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{subject}|{day}|{metric}"))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
