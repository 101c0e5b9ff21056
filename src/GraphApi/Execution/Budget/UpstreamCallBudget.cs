using System.Threading.RateLimiting;
using GraphApi.Http.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Budget;

/// <summary>
/// Each caller's budget of estimated Pinterest calls (a token bucket per caller), charged before execution by
/// <see cref="UpstreamBudgetRule"/>. One process-wide partitioned limiter: its timer replenishes every bucket and
/// drops a caller's bucket once it has been full (idle) for a while, so memory follows active callers only. With Redis
/// the bucket is <see cref="SharedTokenBuckets"/>' (one per caller across instances), the in-process one only while
/// Redis cannot answer.
/// </summary>
internal sealed class UpstreamCallBudget : IDisposable
{
    private readonly PartitionedRateLimiter<RateLimitPartitionKey> _limiter;
    private readonly int _burst;
    private readonly bool _enabled;
    private readonly TokenBucketRateLimiterOptions _bucket;
    private readonly SharedTokenBuckets? _shared;

    public UpstreamCallBudget(IOptions<RateLimitingOptions> options, IServiceProvider services)
    {
        var value = options.Value;
        _burst = value.UpstreamCallBurst;
        _enabled = value.Enabled;
        _shared = services.GetService<SharedTokenBuckets>();
        var bucket = _bucket = TokenBuckets.PerMinute(value.UpstreamCallsPerMinute, value.UpstreamCallBurst);
        _limiter = value.Enabled
            ? PartitionedRateLimiter.Create<RateLimitPartitionKey, RateLimitPartitionKey>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket))
            : PartitionedRateLimiter.Create<RateLimitPartitionKey, RateLimitPartitionKey>(RateLimitPartition.GetNoLimiter);
    }

    /// <summary>
    /// Takes <paramref name="calls"/> permits now or none. An estimate above the bucket's size takes the whole bucket
    /// (the cost analysis's per-request budget is the cap for one operation; this one is for a caller over time).
    /// </summary>
    public async ValueTask<RateLimitLease> TryChargeAsync(RateLimitPartitionKey key, int calls)
    {
        var permits = Math.Min(calls, _burst);
        if (_enabled && _shared is not null && await _shared.TryTakeAsync("upstream", key, _bucket, permits) is { } lease)
        {
            return lease;
        }

        return _limiter.AttemptAcquire(key, permits);
    }

    public void Dispose() => _limiter.Dispose();
}
