using GraphQL.Types;

namespace GraphApi.Features.Gateway;

internal sealed class GatewayInfoType : ObjectGraphType<GatewayInfo>
{
    public GatewayInfoType()
    {
        Name = "Gateway";
        Description = "This GraphApi deployment: its version and the Pinterest it talks to.";
        Field(x => x.Name).Description("The product name.");
        Field(x => x.Version).Description("The gateway's build version.");
        Field<NonNullGraphType<UpstreamModeType>>("upstream")
            .Description("SANDBOX when the embedded Pinterest emulator answers, PINTEREST when the real API does.")
            .Resolve(context => context.Source.Upstream);
    }
}
