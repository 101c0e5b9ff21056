using System.Diagnostics;
using System.Threading.RateLimiting;

namespace GraphApi.Http.RateLimiting;

/// <summary>
/// One caller's partition when Redis is configured: asks <see cref="SharedTokenBuckets"/>, and only when Redis cannot
/// answer uses an in-process bucket of the same size (created then, so a healthy instance holds no per-caller state).
/// </summary>
/// <remarks>
/// <see cref="AttemptAcquireCore"/> (synchronous) always says no: ASP.NET Core's middleware then calls
/// <see cref="AcquireAsyncCore"/>, where the Redis round trip can be awaited. Its refusal carries no metadata and is
/// never shown to anyone.
/// </remarks>
internal sealed class SharedTokenBucketLimiter(string policy, RateLimitPartitionKey key, TokenBucketRateLimiterOptions bucket, SharedTokenBuckets shared) : RateLimiter
{
    private readonly Lock _gate = new();
    private TokenBucketRateLimiter? _fallback;
    private long _lastUse = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration =>
        Volatile.Read(ref _fallback) is { } fallback ? fallback.IdleDuration : Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUse));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? SharedLease.Acquired : SharedLease.Refused(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastUse, Stopwatch.GetTimestamp());
        return await shared.TryTakeAsync(policy, key, bucket, permitCount) ?? Fallback().AttemptAcquire(permitCount);
    }

    private TokenBucketRateLimiter Fallback()
    {
        lock (_gate)
        {
            return _fallback ??= new TokenBucketRateLimiter(bucket);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback?.Dispose();
        }

        base.Dispose(disposing);
    }
}
