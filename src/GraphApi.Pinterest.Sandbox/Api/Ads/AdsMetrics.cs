using System.Globalization;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>
/// Deterministic ads numbers: each day's impressions, clicks and spend are a hash of (entity, date), so repeated calls
/// and restarts agree without stored rows. Counts sum over a bucket; rates and costs are derived from the sums.
/// </summary>
internal static class AdsMetrics
{
    public static double Value(string entityId, DateOnly start, DateOnly end, string column)
    {
        double impressions = 0, clicks = 0, spendMicro = 0, other = 0;
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            var dayImpressions = 200 + (Hash(entityId, day, "impressions") % 2000);
            impressions += dayImpressions;
            clicks += Hash(entityId, day, "clicks") % ((dayImpressions / 20) + 1);
            spendMicro += dayImpressions * (800 + (Hash(entityId, day, "cpm") % 400));
            other += Hash(entityId, day, column) % 100;
        }

        return column switch
        {
            "SPEND_IN_MICRO_DOLLAR" or "TOTAL_SPEND_IN_MICRO_DOLLAR" => spendMicro,
            "SPEND_IN_DOLLAR" => Math.Round(spendMicro / 1_000_000d, 2),
            "PAID_IMPRESSION" or "IMPRESSION_1" or "TOTAL_IMPRESSION" => impressions,
            "CLICKTHROUGH_1" or "TOTAL_CLICKTHROUGH" or "OUTBOUND_CLICK_1" => clicks,
            "CTR" or "ECTR" => impressions == 0 ? 0 : Math.Round(clicks / impressions, 4),
            "CPC_IN_MICRO_DOLLAR" or "ECPC_IN_MICRO_DOLLAR" => clicks == 0 ? 0 : Math.Round(spendMicro / clicks),
            "ECPC_IN_DOLLAR" => clicks == 0 ? 0 : Math.Round(spendMicro / clicks / 1_000_000d, 2),
            "CPM_IN_MICRO_DOLLAR" or "ECPM_IN_MICRO_DOLLAR" => impressions == 0 ? 0 : Math.Round(spendMicro / impressions * 1000),
            _ => other,
        };
    }

    /// <summary>The (first, last) day of each row a granularity asks for; TOTAL is one bucket and rows carry no DATE.</summary>
    public static IEnumerable<(DateOnly First, DateOnly Last)> Buckets(DateOnly start, DateOnly end, string granularity)
    {
        if (granularity == "TOTAL")
        {
            yield return (start, end);
            yield break;
        }

        var first = start;
        while (first <= end)
        {
            var next = granularity switch
            {
                "WEEK" => first.AddDays(7),
                "MONTH" => new DateOnly(first.Year, first.Month, 1).AddMonths(1),
                _ => first.AddDays(1),
            };
            var last = next.AddDays(-1) < end ? next.AddDays(-1) : end;
            yield return (first, last);
            first = next;
        }
    }

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long Hash(string id, DateOnly day, string salt)
    {
        unchecked
        {
            var hash = 14695981039346656037UL;
            foreach (var c in $"{id}|{day.DayNumber}|{salt}")
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return (long)(hash >> 1);
        }
    }
}
