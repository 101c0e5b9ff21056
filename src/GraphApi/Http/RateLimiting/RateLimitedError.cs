using System.Globalization;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphQL;

namespace GraphApi.Http.RateLimiting;

/// <summary>A request refused by the caller's request budget (written by the limiter's rejection handler, 429).</summary>
internal sealed class RateLimitedError : ExecutionError, IErrorExtensions
{
    public RateLimitedError(string message, TimeSpan? retryAfter)
        : base(message)
    {
        Code = ErrorCodes.RateLimited;
        AdditionalExtensions = RetryAfterExtensions(retryAfter);
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }

    internal static IReadOnlyDictionary<string, object?> RetryAfterExtensions(TimeSpan? retryAfter) =>
        retryAfter is { } wait
            ? new Dictionary<string, object?> { ["retryAfter"] = Seconds(wait) }
            : new Dictionary<string, object?>();

    /// <summary>Whole seconds, rounded up and at least 1, as <c>Retry-After</c> wants (the endpoint rounds the same way).</summary>
    internal static int Seconds(TimeSpan wait) => IHttpStatusError.RetryAfterSeconds(wait);

    internal static string HeaderValue(TimeSpan wait) => Seconds(wait).ToString(CultureInfo.InvariantCulture);
}
