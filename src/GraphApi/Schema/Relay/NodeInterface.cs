using GraphQL.Types;

namespace GraphApi.Schema.Relay;

/// <summary>Relay's Node: anything refetchable by its global ID through <c>node(id)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID that node(id) can fetch again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global ID.");
    }
}
