using GraphApi.Gateway;
using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>The root query: a thin table of contents that each feature adds its fields to.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read Pinterest data on behalf of the signed-in user.";
        this.AddGatewayFields();
    }
}
