using GraphApi.Schema;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Gateway;

/// <summary>The gateway's own fields on the root query type.</summary>
internal sealed class GatewayQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<GatewayInfoType>>("gateway")
            .Description("This GraphApi deployment: its version and the Pinterest it talks to. Needs no Pinterest scope.")
            .Resolve().WithService<GatewayInfo>().Resolve((_, gateway) => gateway);
}
