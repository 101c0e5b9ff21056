using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>The root query: a thin table of contents that each feature adds its fields to.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Read Pinterest data on behalf of the signed-in user.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
