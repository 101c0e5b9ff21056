using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.RateLimiting;

/// <summary>The endpoint policies of ASP.NET Core's rate limiter (attach with <c>RequireRateLimiting(name)</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary><c>/graphql</c> and the connect endpoint: the caller's request bucket (per IP without a caller).</summary>
    public const string Caller = "caller";

    /// <summary>The OAuth callback: anonymous (the browser comes back from Pinterest), so per client IP.</summary>
    public const string Callback = "oauth-callback";
}

/// <summary>Requests per caller; a request without a valid token is counted against its IP (it then gets 401 anyway).</summary>
internal sealed class CallerRequestPolicy(IOptions<RateLimitingOptions> options) : IRateLimiterPolicy<RateLimitPartitionKey>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<RateLimitPartitionKey> GetPartition(HttpContext httpContext)
    {
        var value = options.Value;
        var key = RateLimitPartitionKey.For(httpContext);
        return value.Enabled
            ? RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.PerSecond(value.RequestsPerSecond, value.RequestBurst))
            : RateLimitPartition.GetNoLimiter(key);
    }
}

/// <summary>OAuth callbacks per client IP: each one can cost a code exchange with Pinterest and a store write.</summary>
internal sealed class CallbackPolicy(IOptions<RateLimitingOptions> options) : IRateLimiterPolicy<RateLimitPartitionKey>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<RateLimitPartitionKey> GetPartition(HttpContext httpContext)
    {
        var value = options.Value;
        var key = RateLimitPartitionKey.ForClient(httpContext);
        return value.Enabled
            ? RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.PerMinute(value.CallbackRequestsPerMinute, value.CallbackBurst))
            : RateLimitPartition.GetNoLimiter(key);
    }
}
