using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>A feature's fields on the root Mutation type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
