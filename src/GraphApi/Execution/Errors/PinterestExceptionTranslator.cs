using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Errors;
using GraphApi.Storage;
using GraphQL;

namespace GraphApi.Execution.Errors;

/// <summary>
/// The one place where Pinterest and connection exceptions become stable codes. Used by the GraphQL unhandled
/// exception handler (queries) and by mutation payloads (typed errors). Anything not listed stays unmapped and is
/// masked as INTERNAL_ERROR.
/// </summary>
public static class PinterestExceptionTranslator
{
    public static PinterestFailure? ToFailure(Exception exception) => exception switch
    {
        PinterestNotConnectedException => new(ErrorCodes.NotConnected,
            "No Pinterest account is connected: run the connectPinterest mutation and approve Pinterest's consent page.", null, null),
        PinterestNotConfiguredException notConfigured => new(ErrorCodes.NotConfigured, notConfigured.Message, null, null),
        PinterestReconnectRequiredException or PinterestRefreshRejectedException or PinterestAuthenticationException => new(ErrorCodes.ReconnectRequired,
            "Pinterest no longer accepts this connection: run connectPinterest again.", RequestId(exception), null),
        PinterestInsufficientScopeException => new(ErrorCodes.InsufficientScope,
            "The Pinterest connection lacks a scope this operation needs: reconnect and approve the missing scope.", RequestId(exception), null),
        PinterestNotFoundException => new(ErrorCodes.NotFound,
            "Pinterest has no such object, or it is not visible to this account.", RequestId(exception), null),
        PinterestRefreshUnavailableException { RateLimited: true } cooling => new(ErrorCodes.RateLimited,
            "Pinterest's rate limit was reached while renewing this connection's access: retry later.", null, Seconds(cooling.RetryAfter)),
        PinterestRefreshUnavailableException cooling => new(ErrorCodes.UpstreamUnavailable,
            "Pinterest could not renew this connection's access just now: retry later.", null, Seconds(cooling.RetryAfter)),
        PinterestRateLimitedException limited => new(ErrorCodes.RateLimited,
            "Pinterest's rate limit was reached: retry later.", limited.RequestId, Seconds(limited.RetryAfter)),
        PinterestTrialAccessException => new(ErrorCodes.NotPermitted,
            "Pinterest does not permit this app or account to do that (for example trial access, or another user's object).", RequestId(exception), null),
        PinterestConflictException => new(ErrorCodes.Conflict,
            "Pinterest refused the change because it conflicts with the current state (for example a duplicate name).", RequestId(exception), null),
        // The client turns every transport failure (HttpRequestException, a Polly or HttpClient timeout) and every 5xx
        // into PinterestUpstreamException (PinterestHttp.SendAsync, PinterestErrorResponseReader), so no separate arm
        // is needed for those; a TimeoutException is not the client's, but it kept this code before and still does.
        PinterestUpstreamException or TimeoutException => new(ErrorCodes.UpstreamUnavailable,
            "Pinterest is unavailable or did not answer in time: retry later.", RequestId(exception), null),
        PinterestApiException api => new(ErrorCodes.Rejected,
            $"Pinterest refused the request (HTTP {(int?)api.StatusCode}, code {api.PinterestCode}).", api.RequestId, null),
        var storage when StorageFailure.IsUnavailable(storage) => new(ErrorCodes.StorageUnavailable,
            "The gateway's storage is busy or unavailable: retry in a few seconds.", null, StorageFailure.RetryAfterSeconds),
        _ => null,
    };

    /// <summary>The GraphQL error for <paramref name="exception"/>, or null when it is not a Pinterest-facing failure.</summary>
    public static ExecutionError? ToExecutionError(Exception exception) =>
        ToFailure(exception) is { } failure
            ? new PinterestExecutionError(failure.Code, failure.Message, failure.Extensions, exception)
            : null;

    private static string? RequestId(Exception exception) => (exception as PinterestApiException)?.RequestId;

    private static int? Seconds(TimeSpan? wait) => wait is { } w ? (int)Math.Ceiling(w.TotalSeconds) : null;
}
