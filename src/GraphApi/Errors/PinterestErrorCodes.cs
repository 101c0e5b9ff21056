namespace GraphApi.Errors;

/// <summary>The stable <c>extensions.code</c> values of Pinterest-facing failures.</summary>
public static class PinterestErrorCodes
{
    public const string NotConnected = "PINTEREST_NOT_CONNECTED";
    public const string ReconnectRequired = "PINTEREST_RECONNECT_REQUIRED";
    public const string InsufficientScope = "INSUFFICIENT_SCOPE";
    public const string NotFound = "NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
    public const string NotPermitted = "PINTEREST_NOT_PERMITTED";
    public const string Conflict = "CONFLICT";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string Rejected = "PINTEREST_REJECTED";
}
