using System.Globalization;
using System.Text;

namespace GraphApi.Pinterest.Sandbox.Api.Analytics;

/// <summary>
/// Deterministic daily numbers: each value is a hash of (pin or user, date, metric), so repeated calls and restarts
/// agree without storing 90 days × 200 pins of rows. Rates are derived from the counts so they stay consistent.
/// </summary>
internal static class MetricsGenerator
{
    public static IReadOnlyList<string> PinMetricTypes { get; } =
        ["IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE", "SAVE_RATE", "TOTAL_COMMENTS", "TOTAL_REACTIONS", "USER_FOLLOW", "PROFILE_VISIT"];

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
        return new Dictionary<string, double>(StringComparer.Ordinal)
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
