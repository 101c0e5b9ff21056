namespace GraphApi.Accounts.Connect;

/// <summary>How the callback ends: a redirect back to the app, or an error page when there is nowhere safe to go.</summary>
internal sealed record ConnectResult(string? RedirectTo, string? ErrorPage, bool Retryable = false)
{
    /// <summary>Back to the app with <c>pinterest=pending&amp;completion=ID</c>: the app finishes with its caller's credentials.</summary>
    public static ConnectResult Pending(SafeReturnUrl returnUrl, string completionId) =>
        new(returnUrl.Build([new("pinterest", "pending"), new("completion", completionId)]), null);

    /// <summary>Back to the app with <c>pinterest=error&amp;reason=...</c>.</summary>
    public static ConnectResult Failed(SafeReturnUrl returnUrl, string reason) =>
        new(returnUrl.Build([new("pinterest", "error"), new("reason", reason)]), null);

    public static ConnectResult Error(string message) => new(null, message);

    /// <summary>An error page for a failure that may pass (the gateway's storage is busy): answered 503 with Retry-After.</summary>
    public static ConnectResult Unavailable(string message) => new(null, message, Retryable: true);
}
