using System.Globalization;
using System.Net.Http.Headers;

namespace GraphApi.Pinterest.Errors;

/// <summary>
/// The rate-limit headers of a Pinterest response, kept as sent when present
/// (<c>x-ratelimit-limit</c>, <c>x-ratelimit-remaining</c>, <c>x-ratelimit-reset</c>, <c>Retry-After</c>).
/// </summary>
/// <param name="Limit">Raw <c>x-ratelimit-limit</c> value.</param>
/// <param name="Remaining">Raw <c>x-ratelimit-remaining</c> value.</param>
/// <param name="ResetAfter">Time until the quota resets (<c>x-ratelimit-reset</c>, seconds).</param>
/// <param name="RetryAfter">The <c>Retry-After</c> hint, if any.</param>
public sealed record PinterestRateLimit(string? Limit, string? Remaining, TimeSpan? ResetAfter, TimeSpan? RetryAfter)
{
    /// <summary>The soonest hint for when a retry may succeed.</summary>
    public TimeSpan? WaitHint => RetryAfter ?? ResetAfter;

    internal static PinterestRateLimit? FromHeaders(HttpResponseHeaders headers)
    {
        var limit = First(headers, Http.PinterestResponseHeaders.RateLimitLimit);
        var remaining = First(headers, Http.PinterestResponseHeaders.RateLimitRemaining);
        var reset = Seconds(First(headers, Http.PinterestResponseHeaders.RateLimitReset));
        var retryAfter = RetryAfterOf(headers);

        return limit is null && remaining is null && reset is null && retryAfter is null
            ? null
            : new PinterestRateLimit(limit, remaining, reset, retryAfter);
    }

    /// <summary>The parsed headers for an <see cref="Http.IPinterestQuotaObserver"/>; read only when one is registered.</summary>
    internal static Http.PinterestQuotaObservation Observe(HttpResponseMessage response, Http.PinterestOperation operation)
    {
        var headers = response.Headers;
        var retryAfter = RetryAfterOf(headers);
        return new Http.PinterestQuotaObservation(operation.OperationId, operation.RateLimitCategory, (int)response.StatusCode,
            Count(First(headers, Http.PinterestResponseHeaders.RateLimitLimit)), Count(First(headers, Http.PinterestResponseHeaders.RateLimitRemaining)),
            Seconds(First(headers, Http.PinterestResponseHeaders.RateLimitReset)), retryAfter);
    }

    private static TimeSpan? RetryAfterOf(HttpResponseHeaders headers) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > DateTimeOffset.UtcNow ? date - DateTimeOffset.UtcNow : TimeSpan.Zero,
        _ => null,
    };

    private static long? Count(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    // Read on every answer when a quota observer is registered: "Infinity" or 1e300 must not throw (TimeSpan overflows),
    // and nothing Pinterest documents resets later than a day, so anything past a year is noise.
    private static readonly double MaxResetSeconds = TimeSpan.FromDays(366).TotalSeconds;

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= MaxResetSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
