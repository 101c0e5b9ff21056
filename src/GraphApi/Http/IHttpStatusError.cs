namespace GraphApi.Http;

/// <summary>
/// A request error that decides the HTTP status of a request that did not execute (a scope refusal is 403, a cost
/// refusal 400, a rate limit 429 with <c>Retry-After</c>). Implemented by <see cref="GraphQL.Validation.ValidationError"/>
/// subclasses; the endpoint reads it so the status table lives in the errors, not in the endpoint.
/// </summary>
public interface IHttpStatusError
{
    int StatusCode { get; }

    /// <summary>When set, sent as <c>Retry-After</c> (whole seconds, rounded up).</summary>
    TimeSpan? RetryAfter => null;

    /// <summary>A wait as <c>Retry-After</c> seconds: rounded up, and never 0 (a client would retry at once).</summary>
    static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
