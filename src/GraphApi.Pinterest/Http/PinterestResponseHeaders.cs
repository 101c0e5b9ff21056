namespace GraphApi.Pinterest.Http;

/// <summary>The response headers Pinterest sends that the client and its host read: one home for their names.</summary>
public static class PinterestResponseHeaders
{
    /// <summary>Pinterest's id of the request, for support and for matching a trace to Pinterest's logs.</summary>
    public const string RequestId = "x-pinterest-rid";

    public const string RateLimitLimit = "x-ratelimit-limit";

    public const string RateLimitRemaining = "x-ratelimit-remaining";

    /// <summary>Seconds until the quota resets.</summary>
    public const string RateLimitReset = "x-ratelimit-reset";
}
