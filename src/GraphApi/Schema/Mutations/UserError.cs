using GraphApi.Execution.Errors;
namespace GraphApi.Schema.Mutations;

/// <summary>A failure a mutation reports as data, in its payload's <c>errors</c>, instead of a GraphQL error.</summary>
public abstract record UserError(string Code, string Message);

public sealed record NotFoundError(string Message) : UserError(ErrorCodes.NotFound, Message);

public sealed record InsufficientScopeError(string Message) : UserError(ErrorCodes.InsufficientScope, Message);

public sealed record InvalidInputError(string Message, string? Field) : UserError(ErrorCodes.ValidationFailed, Message);

public sealed record RateLimitedError(string Message, int? RetryAfter) : UserError(ErrorCodes.RateLimited, Message);

public sealed record ConflictError(string Message) : UserError(ErrorCodes.Conflict, Message);

/// <summary>An idempotency key that cannot be used now: reused with another input, or held by another request.</summary>
public sealed record IdempotencyKeyError(string Code, string Message, int? RetryAfter) : UserError(Code, Message);

/// <summary>Every other mapped failure (unavailable, not permitted, not connected...), with the same code as the GraphQL error would have.</summary>
public sealed record PinterestError(string Code, string Message, string? PinterestRequestId) : UserError(Code, Message);
