using System.Threading.RateLimiting;

namespace GraphApi.Http.RateLimiting;

/// <summary>Token bucket settings from the options' "N per period, burst B" wording. Refusals never queue.</summary>
internal static class TokenBuckets
{
    public static TokenBucketRateLimiterOptions PerSecond(int perSecond, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>
    /// A per-minute rate refilled in small steps rather than once a minute, so a caller who ran dry waits seconds,
    /// not a minute: e.g. 1000/min → 16 tokens every 0.96 s; 30/min → 1 token every 2 s. Steps stay ≥ 100 ms
    /// because the partitioned limiter replenishes on a 100 ms timer.
    /// </summary>
    public static TokenBucketRateLimiterOptions PerMinute(int perMinute, int burst)
    {
        var tokens = Math.Max(1, perMinute / 60);
        return new()
        {
            TokenLimit = burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokens / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
