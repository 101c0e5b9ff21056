using GraphQL.Types;

namespace GraphApi.Schema.Relay;

public abstract class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    protected EdgeType(string nodeName)
    {
        Name = $"{nodeName}Edge";
        Description = $"One {nodeName} in a connection, with its cursor.";
        Field(e => e.Cursor).Description("Opaque: pass it as `after` to continue after this item.");
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {nodeName}.").Resolve(c => c.Source.Node);
    }
}
