using GraphQL.Types;

namespace GraphApi.Connections.GraphQL;

internal sealed class ConnectionStatusType : EnumerationGraphType<ConnectionStatus>
{
    public ConnectionStatusType()
    {
        Name = "PinterestConnectionStatus";
        Description = "Whether the gateway can act on Pinterest for the caller.";
    }
}
