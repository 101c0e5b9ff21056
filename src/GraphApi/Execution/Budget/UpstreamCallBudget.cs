using System.Threading.RateLimiting;
using GraphApi.Http.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Budget;

/// <summary>
/// Each caller's budget of estimated Pinterest calls (a token bucket per caller), charged before execution by
/// <see cref="UpstreamBudgetRule"/>. One process-wide partitioned limiter: its timer replenishes every bucket and
/// drops a caller's bucket once it has been full (idle) for a while, so memory follows active callers only.
/// </summary>
internal sealed class UpstreamCallBudget : IDisposable
{
    private readonly PartitionedRateLimiter<RateLimitPartitionKey> _limiter;
    private readonly int _burst;

    public UpstreamCallBudget(IOptions<RateLimitingOptions> options)
    {
        var value = options.Value;
        _burst = value.UpstreamCallBurst;
        var bucket = TokenBuckets.PerMinute(value.UpstreamCallsPerMinute, value.UpstreamCallBurst);
        _limiter = value.Enabled
            ? PartitionedRateLimiter.Create<RateLimitPartitionKey, RateLimitPartitionKey>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket))
            : PartitionedRateLimiter.Create<RateLimitPartitionKey, RateLimitPartitionKey>(RateLimitPartition.GetNoLimiter);
    }

    /// <summary>
    /// Takes <paramref name="calls"/> permits now or none. An estimate above the bucket's size takes the whole bucket
    /// (the cost analysis's per-request budget is the cap for one operation; this one is for a caller over time).
    /// </summary>
    public RateLimitLease TryCharge(RateLimitPartitionKey key, int calls) =>
        _limiter.AttemptAcquire(key, Math.Min(calls, _burst));

    public void Dispose() => _limiter.Dispose();
}
