using GraphQL.Types;

namespace GraphApi.Schema.Mutations;

/// <summary>Shared shape of the concrete error types: code, message, and the interface.</summary>
public abstract class UserErrorType<TError> : ObjectGraphType<TError>
    where TError : UserError
{
    protected UserErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterface>();
        IsTypeOf = source => source is TError;
        Field(e => e.Code).Description("A stable code.");
        Field(e => e.Message).Description("What went wrong, for people.");
    }
}

public sealed class NotFoundErrorType() : UserErrorType<NotFoundError>("NotFoundError", "Pinterest has no such object, or it is not visible to this account.");

public sealed class InsufficientScopeErrorType() : UserErrorType<InsufficientScopeError>("InsufficientScopeError", "The Pinterest connection lacks a scope this write needs.");

public sealed class ConflictErrorType() : UserErrorType<ConflictError>("ConflictError", "The write conflicts with Pinterest's current state.");

public sealed class InvalidInputErrorType : UserErrorType<InvalidInputError>
{
    public InvalidInputErrorType()
        : base("ValidationError", "The input was refused before calling Pinterest.") =>
        Field(e => e.Field, nullable: true).Description("The input field at fault, as a path such as `mediaSource.imageUrl.url`.");
}

public sealed class RateLimitedErrorType : UserErrorType<RateLimitedError>
{
    public RateLimitedErrorType()
        : base("RateLimitedError", "Pinterest's rate limit was reached.") =>
        Field(e => e.RetryAfter, nullable: true).Description("Seconds to wait before retrying, when Pinterest says.");
}

public sealed class PinterestErrorType : UserErrorType<PinterestError>
{
    public PinterestErrorType()
        : base("PinterestError", "Any other Pinterest failure: unavailable, not permitted, not connected, refused.") =>
        Field(e => e.PinterestRequestId, nullable: true).Description("Pinterest's request id, for support.");
}

public sealed class IdempotencyKeyErrorType : UserErrorType<IdempotencyKeyError>
{
    public IdempotencyKeyErrorType()
        : base("IdempotencyKeyError", "The idempotency key cannot be used now: IDEMPOTENCY_KEY_REUSED (first used with another input: use a new key) or IDEMPOTENCY_KEY_IN_PROGRESS (another request holds it: retry with the same key).") =>
        Field(e => e.RetryAfter, nullable: true).Description("For IDEMPOTENCY_KEY_IN_PROGRESS: seconds until the other request's reservation ends at the latest.");
}
