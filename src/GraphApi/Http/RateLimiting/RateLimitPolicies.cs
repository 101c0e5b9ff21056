using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Http.RateLimiting;

/// <summary>The endpoint policies of ASP.NET Core's rate limiter (attach with <c>RequireRateLimiting(name)</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary><c>/graphql</c> and the connect endpoint: the caller's request bucket (per IP without a caller).</summary>
    public const string Caller = "caller";

    /// <summary>The OAuth callback: anonymous (the browser comes back from Pinterest), so per client IP.</summary>
    public const string Callback = "oauth-callback";
}

/// <summary>
/// The two policies' partitions: a token bucket per key while rate limiting is on. Requests are counted per caller
/// (a request without a valid token against its IP: it then gets 401 anyway); OAuth callbacks per client IP, since
/// each can cost a code exchange with Pinterest and a store write.
/// </summary>
internal static class RateLimitPartitions
{
    public static RateLimitPartition<RateLimitPartitionKey> Caller(HttpContext httpContext) =>
        TokenBucket(httpContext, RateLimitPolicies.Caller, RateLimitPartitionKey.For(httpContext), o => TokenBuckets.PerSecond(o.RequestsPerSecond, o.RequestBurst));

    public static RateLimitPartition<RateLimitPartitionKey> Callback(HttpContext httpContext) =>
        TokenBucket(httpContext, RateLimitPolicies.Callback, RateLimitPartitionKey.ForClient(httpContext), o => TokenBuckets.PerMinute(o.CallbackRequestsPerMinute, o.CallbackBurst));

    // With Redis (SharedTokenBuckets registered), one bucket per caller across instances; else the in-process one.
    private static RateLimitPartition<RateLimitPartitionKey> TokenBucket(
        HttpContext httpContext, string policy, RateLimitPartitionKey key, Func<RateLimitingOptions, TokenBucketRateLimiterOptions> bucket)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(key);
        }

        return httpContext.RequestServices.GetService<SharedTokenBuckets>() is { } shared
            ? RateLimitPartition.Get(key, k => new SharedTokenBucketLimiter(policy, k, bucket(options), shared))
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket(options));
    }
}
