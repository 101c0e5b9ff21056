using GraphQL.Types;

namespace GraphApi.Schema.Relay;

/// <summary>A Relay connection over Pinterest bookmarks. No totalCount: Pinterest has none for lists (use the owner's counts).</summary>
public abstract class ConnectionType<TNodeType, TEdgeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionType(string nodeName)
    {
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} items, in Pinterest's order.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description("The items with their cursors.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items, without cursors.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether more items follow, and the cursor to continue after.")
            .Resolve(c => c.Source.PageInfo);
    }
}
