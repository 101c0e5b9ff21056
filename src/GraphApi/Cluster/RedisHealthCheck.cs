using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace GraphApi.Cluster;

/// <summary>
/// Ready only when Redis answers a PING: without it the instance cannot share rate limits, refresh locks or cache
/// invalidations with the others, so the load balancer should send its traffic elsewhere.
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"Redis answers ({latency.TotalMilliseconds:0.#} ms).");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The exception's message can quote the endpoint list, never the password; keep only its type.
            return HealthCheckResult.Unhealthy($"Redis cannot be reached ({ex.GetType().Name}).");
        }
    }
}
