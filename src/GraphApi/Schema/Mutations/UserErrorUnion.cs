using GraphQL.Types;

namespace GraphApi.Schema.Mutations;

/// <summary>A mutation's error union: every typed error it can return.</summary>
public abstract class UserErrorUnion : UnionGraphType
{
    protected UserErrorUnion(string name)
    {
        Name = name;
        Description = $"Why {name[..^"Error".Length]} did not happen.";
        Type<NotFoundErrorType>();
        Type<InsufficientScopeErrorType>();
        Type<InvalidInputErrorType>();
        Type<RateLimitedErrorType>();
        Type<ConflictErrorType>();
        Type<IdempotencyKeyErrorType>();
        Type<PinterestErrorType>();
    }
}
