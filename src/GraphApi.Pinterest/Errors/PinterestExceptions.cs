using System.Net;

namespace GraphApi.Pinterest.Errors;

// Every exception the client throws, in one file. Each subclass only names a case callers act on: it has the base's
// standard constructors (CA1032, plus the one taking PinterestErrorInfo) and nothing else, except the rate-limit
// one, which also carries the category and the wait hint.

/// <summary>
/// A Pinterest API call failed. Carries the HTTP status, Pinterest's error code and the
/// <c>x-pinterest-rid</c> request id; never a token. Subclasses name the cases callers act on.
/// </summary>
public class PinterestApiException : Exception
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestApiException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestApiException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(info);
        Info = info;
    }

    /// <summary>Everything known about the failed call.</summary>
    public PinterestErrorInfo? Info { get; }

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode => Info?.StatusCode;

    /// <summary>Pinterest's error <c>code</c>; on some endpoints it merely repeats the HTTP status.</summary>
    public int? PinterestCode => Info?.PinterestCode;

    /// <summary>The <c>x-pinterest-rid</c> request id.</summary>
    public string? RequestId => Info?.RequestId;
}

/// <summary>The access token (or, on the token endpoint, the client credentials) was rejected: HTTP 401, usually Pinterest code 2. The user must re-authorize.</summary>
public sealed class PinterestAuthenticationException : PinterestApiException
{
    public PinterestAuthenticationException() { }
    public PinterestAuthenticationException(string message) : base(message) { }
    public PinterestAuthenticationException(string message, Exception innerException) : base(message, innerException) { }
    public PinterestAuthenticationException(string message, PinterestErrorInfo info, Exception? innerException = null) : base(message, info, innerException) { }
}

/// <summary>The change conflicts with the resource's current state, e.g. concurrent board-section edits (HTTP 409).</summary>
public sealed class PinterestConflictException : PinterestApiException
{
    public PinterestConflictException() { }
    public PinterestConflictException(string message) : base(message) { }
    public PinterestConflictException(string message, Exception innerException) : base(message, innerException) { }
    public PinterestConflictException(string message, PinterestErrorInfo info, Exception? innerException = null) : base(message, info, innerException) { }
}

/// <summary>The token lacks an OAuth scope the operation needs (Pinterest code 3).</summary>
public sealed class PinterestInsufficientScopeException : PinterestApiException
{
    public PinterestInsufficientScopeException() { }
    public PinterestInsufficientScopeException(string message) : base(message) { }
    public PinterestInsufficientScopeException(string message, Exception innerException) : base(message, innerException) { }
    public PinterestInsufficientScopeException(string message, PinterestErrorInfo info, Exception? innerException = null) : base(message, info, innerException) { }
}

/// <summary>The resource does not exist or is not visible to the user (HTTP 404).</summary>
public sealed class PinterestNotFoundException : PinterestApiException
{
    public PinterestNotFoundException() { }
    public PinterestNotFoundException(string message) : base(message) { }
    public PinterestNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    public PinterestNotFoundException(string message, PinterestErrorInfo info, Exception? innerException = null) : base(message, info, innerException) { }
}

/// <summary>Pinterest refused the operation for this app (code 29), e.g. a Trial-access app writing to production; use the API sandbox or Standard access.</summary>
public sealed class PinterestTrialAccessException : PinterestApiException
{
    public PinterestTrialAccessException() { }
    public PinterestTrialAccessException(string message) : base(message) { }
    public PinterestTrialAccessException(string message, Exception innerException) : base(message, innerException) { }
    public PinterestTrialAccessException(string message, PinterestErrorInfo info, Exception? innerException = null) : base(message, info, innerException) { }
}

/// <summary>Pinterest failed or could not be understood: a 5xx status, a malformed body, a timeout or a broken connection.</summary>
public sealed class PinterestUpstreamException : PinterestApiException
{
    public PinterestUpstreamException() { }
    public PinterestUpstreamException(string message) : base(message) { }
    public PinterestUpstreamException(string message, Exception innerException) : base(message, innerException) { }
    public PinterestUpstreamException(string message, PinterestErrorInfo info, Exception? innerException = null) : base(message, info, innerException) { }
}

/// <summary>Pinterest throttled the call (HTTP 429, usually code 8).</summary>
public sealed class PinterestRateLimitedException : PinterestApiException
{
    public PinterestRateLimitedException() { }
    public PinterestRateLimitedException(string message) : base(message) { }
    public PinterestRateLimitedException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception from a throttled Pinterest call.</summary>
    public PinterestRateLimitedException(string message, PinterestErrorInfo info, string? category, bool isSpamBlock)
        : base(message, info)
    {
        Category = category;
        IsSpamBlock = isSpamBlock;
    }

    /// <summary>The operation's <c>x-ratelimit-category</c> (e.g. <c>org_read</c>); operations in one category share a quota.</summary>
    public string? Category { get; }

    /// <summary>True when Pinterest's <c>message_detail</c> says this is a spam block rather than a quota.</summary>
    public bool IsSpamBlock { get; }

    /// <summary>The rate-limit headers of the 429 response.</summary>
    public PinterestRateLimit? RateLimit => Info?.RateLimit;

    /// <summary>How long to wait before retrying, from <c>Retry-After</c> or <c>x-ratelimit-reset</c>; null when Pinterest gave no hint.</summary>
    public TimeSpan? RetryAfter => Info?.RateLimit?.WaitHint;
}
