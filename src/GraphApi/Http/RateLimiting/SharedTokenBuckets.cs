using System.Threading.RateLimiting;
using GraphApi.Cluster;
using StackExchange.Redis;

namespace GraphApi.Http.RateLimiting;

/// <summary>
/// Token buckets kept in Redis, so a caller's budget is one across every instance: a Lua script refills from the Redis
/// server's clock (one clock for all instances, no skew) and takes the permits atomically. A bucket is a small hash
/// under <c>rl:&lt;policy&gt;:&lt;hashed caller&gt;</c> that expires once it would be full again, so idle callers
/// leave nothing behind. Refill is continuous (the in-process buckets refill in steps), so a waiting caller is told
/// the exact wait.
/// </summary>
/// <remarks>
/// Hand-written because the rate limiting libraries on the approved list do not keep buckets in Redis; the script is
/// the whole algorithm. When Redis cannot answer, <see cref="TryTakeAsync"/> returns null and the caller falls back to
/// its in-process bucket (docs/scale-out/shared-state.md): one log line per outage and a count on
/// <c>graphapi.cluster.fallbacks</c>, never a failed request.
/// </remarks>
internal sealed partial class SharedTokenBuckets(IConnectionMultiplexer redis, RedisKeys keys, ClusterMetrics metrics, ILogger<SharedTokenBuckets> logger)
{
    // KEYS[1] bucket; ARGV capacity, tokens per ms, permits wanted. Returns {taken (0/1), wait in ms}.
    private const string Script = """
        local cap = tonumber(ARGV[1])
        local rate = tonumber(ARGV[2])
        local want = tonumber(ARGV[3])
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 't', 'a')
        local tokens = tonumber(state[1])
        local at = tonumber(state[2])
        if tokens == nil or at == nil then tokens = cap; at = now end
        if now > at then tokens = math.min(cap, tokens + (now - at) * rate); at = now end
        local taken = 0
        local wait = 0
        if tokens >= want then tokens = tokens - want; taken = 1 else wait = math.ceil((want - tokens) / rate) end
        redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(at))
        redis.call('PEXPIRE', KEYS[1], math.ceil((cap - tokens) / rate) + 1000)
        return {taken, wait}
        """;

    private int _failing;

    /// <summary>Takes <paramref name="permits"/> now or none; null when Redis could not decide (use the in-process bucket).</summary>
    public async ValueTask<RateLimitLease?> TryTakeAsync(string policy, RateLimitPartitionKey key, TokenBucketRateLimiterOptions bucket, int permits)
    {
        if (!redis.IsConnected)
        {
            // Disconnected, StackExchange.Redis would hold the command in its backlog for seconds: decide here at once.
            return FellBack("NotConnected");
        }

        try
        {
            var tokensPerMs = bucket.TokensPerPeriod / bucket.ReplenishmentPeriod.TotalMilliseconds;
            var name = ClusterKeyHash.Of((key.IsCaller ? "caller:" : "client:") + key.TenantId, key.Subject);
            var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
                Script, [keys.Key($"rl:{policy}:{name}")], [bucket.TokenLimit, tokensPerMs, permits]))!;
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                LogRedisBack(logger);
            }

            return (int)result[0] == 1 ? SharedLease.Acquired : SharedLease.Refused(TimeSpan.FromMilliseconds(Math.Max(1, (long)result[1])));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return FellBack(ex.GetType().Name);
        }
    }

    private RateLimitLease? FellBack(string failure)
    {
        metrics.FellBack(ClusterMetrics.RateLimit);
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            // The type only: the exception's message can quote endpoints.
            LogRedisDown(logger, failure);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cannot decide rate limits ({Failure}): each instance applies its own buckets until it is back")]
    private static partial void LogRedisDown(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis decides rate limits again: buckets are shared across instances")]
    private static partial void LogRedisBack(ILogger logger);
}

/// <summary>A decision of a shared bucket, with the wait as <see cref="MetadataName.RetryAfter"/> like the in-process one.</summary>
internal sealed class SharedLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
{
    public static SharedLease Acquired { get; } = new(true, null);

    public static SharedLease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

    public override bool IsAcquired { get; } = acquired;

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = retryAfter;
        return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
    }
}
