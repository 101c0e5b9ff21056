using GraphQL.Types;

namespace GraphApi.Schema.Mutations;

/// <summary>
/// An error union with every typed error a Pinterest write can return. Mutations share <see cref="MutationErrorType"/>;
/// a mutation with errors of its own derives its union from this one and adds them.
/// </summary>
public abstract class UserErrorUnion : UnionGraphType
{
    protected UserErrorUnion(string name, string description)
    {
        Name = name;
        Description = description;
        Type<NotFoundErrorType>();
        Type<InsufficientScopeErrorType>();
        Type<InvalidInputErrorType>();
        Type<RateLimitedErrorType>();
        Type<ConflictErrorType>();
        Type<IdempotencyKeyErrorType>();
        Type<PinterestErrorType>();
    }
}

/// <summary>The errors of every mutation that has no error type of its own: one union, not one identical union per mutation.</summary>
public sealed class MutationErrorType() : UserErrorUnion("MutationError", "Why a mutation did not happen.");
