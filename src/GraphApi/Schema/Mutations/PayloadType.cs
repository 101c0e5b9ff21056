using GraphQL.Types;

namespace GraphApi.Schema.Mutations;

/// <summary>A mutation payload: the result fields (added by the subclass) and the typed <c>errors</c>.</summary>
public abstract class PayloadType<TPayload, TErrorUnion> : ObjectGraphType<TPayload>
    where TPayload : IPayload
    where TErrorUnion : UserErrorUnion
{
    protected PayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TErrorUnion>>>>("errors")
            .Description("Why the mutation did not happen; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

/// <summary>A payload whose errors are the shared <see cref="MutationErrorType"/>: what almost every mutation uses.</summary>
public abstract class PayloadType<TPayload>(string name, string description) : PayloadType<TPayload, MutationErrorType>(name, description)
    where TPayload : IPayload;
