using GraphApi.Execution.Errors;
using GraphApi.Schema.Mutations.Idempotency;
namespace GraphApi.Schema.Mutations;

/// <summary>The mutation side of the error seam: the same mapping as queries, as typed payload errors.</summary>
public static class UserErrors
{
    /// <summary>A scope guard's denial (INSUFFICIENT_SCOPE, PINTEREST_NOT_CONNECTED, ...) as a payload error.</summary>
    public static UserError FromDenial(string code, string message) =>
        code == ErrorCodes.InsufficientScope ? new InsufficientScopeError(message) : new PinterestError(code, message, null);

    public static UserError? From(Exception exception) => exception switch
    {
        IdempotencyInProgressException busy => new IdempotencyKeyError(ErrorCodes.IdempotencyKeyInProgress, busy.Message, Math.Max(1, (int)Math.Ceiling(busy.RetryAfter.TotalSeconds))),
        IdempotencyKeyReusedException reused => new IdempotencyKeyError(ErrorCodes.IdempotencyKeyReused, reused.Message, null),
        _ => FromPinterest(exception),
    };

    private static UserError? FromPinterest(Exception exception) => PinterestExceptionTranslator.ToFailure(exception) switch
    {
        null => null,
        { Code: ErrorCodes.NotFound } f => new NotFoundError(f.Message),
        { Code: ErrorCodes.InsufficientScope } f => new InsufficientScopeError(f.Message),
        { Code: ErrorCodes.RateLimited } f => new RateLimitedError(f.Message, f.RetryAfterSeconds),
        { Code: ErrorCodes.Conflict } f => new ConflictError(f.Message),
        var f => new PinterestError(f.Code, f.Message, f.PinterestRequestId),
    };
}
