namespace GraphApi.Execution.Errors;

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

    /// <summary>The gateway's own database could not take the write (locked by another process, disk full): retry after <c>retryAfter</c>.</summary>
    public const string StorageUnavailable = "STORAGE_UNAVAILABLE";

    /// <summary>An idempotency key first used with a different input (payload error <c>IdempotencyKeyError</c>).</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>Another request holds the idempotency key; <c>retryAfter</c> says when its reservation ends at the latest.</summary>
    public const string IdempotencyKeyInProgress = "IDEMPOTENCY_KEY_IN_PROGRESS";
}
