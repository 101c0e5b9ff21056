namespace GraphApi.Pinterest.Errors;

/// <summary>Pinterest throttled the call (HTTP 429, usually code 8).</summary>
public sealed class PinterestRateLimitedException : PinterestApiException
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestRateLimitedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

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
