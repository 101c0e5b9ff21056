using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>The root mutation: each feature adds its fields; one Pinterest write per field.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Change Pinterest data, or the caller's Pinterest connection, on behalf of the signed-in user.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
