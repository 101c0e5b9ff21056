using System.Net;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Errors;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>Which failures of a create certainly created nothing: everything else may have reached Pinterest.</summary>
internal static class IdempotencyOutcomes
{
    public static IdempotencyState AfterFailure(Exception exception) => exception switch
    {
        // Thrown by the token provider before any request leaves the gateway (or after Pinterest answered 401, which
        // created nothing), including a refresh answered from its cool-down.
        PinterestNotConnectedException or PinterestNotConfiguredException or PinterestReconnectRequiredException or PinterestRefreshRejectedException
            or PinterestRefreshUnavailableException => IdempotencyState.Failed,

        // Pinterest answered with a client error: it refused the create (400, 401, 403, 404, 409, 429).
        PinterestApiException { StatusCode: { } status } and not PinterestUpstreamException
            when status is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError => IdempotencyState.Failed,

        // Timeouts, 5xx, malformed or cut answers, resets, the caller cancelling mid-call, anything unexpected.
        _ => IdempotencyState.InDoubt,
    };
}
