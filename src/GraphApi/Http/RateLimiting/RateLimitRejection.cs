using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace GraphApi.Http.RateLimiting;

/// <summary>
/// Writes a request-rate refusal: 429, <c>Retry-After</c>, and the GraphQL error shape (code <c>RATE_LIMITED</c>,
/// <c>extensions.retryAfter</c>) in the media type the client accepts, falling back to <c>application/json</c> (the
/// OAuth callback is opened by browsers that ask for HTML).
/// </summary>
internal static class RateLimitRejection
{
    public static ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.RequestServices.GetService<Telemetry.GraphApiMetrics>()?.RateLimitRejected(Telemetry.GraphApiMetrics.RateLimitKinds.CallerRate);
        TimeSpan? retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        if (retryAfter is { } value)
        {
            context.Response.Headers.RetryAfter = RateLimitedError.HeaderValue(value);
        }

        var message = "Too many requests." + (retryAfter is { } seconds ? $" Retry after {RateLimitedError.Seconds(seconds)} s." : "");
        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
        var writer = context.RequestServices.GetRequiredService<GraphQLResponseWriter>();
        return new ValueTask(writer.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, mediaType, new RateLimitedError(message, retryAfter)));
    }
}
