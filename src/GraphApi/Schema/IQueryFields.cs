using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>A feature's fields on the root Query type (GraphQL.NET has no [QueryType] partials: features register one of these).</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
