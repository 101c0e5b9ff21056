using GraphQL.Types;

namespace GraphApi.Features.AccountLinks;

public sealed record ConnectPinterestPayload(Uri AuthorizationUrl, DateTimeOffset ExpiresAt);

internal sealed class ConnectPinterestPayloadType : ObjectGraphType<ConnectPinterestPayload>
{
    public ConnectPinterestPayloadType()
    {
        Name = "ConnectPinterestPayload";
        Description = "Send the browser to authorizationUrl; Pinterest redirects back through the gateway's callback, which returns to returnUrl with a completion for this caller to finish with completePinterestConnection.";
        Field<NonNullGraphType<StringGraphType>>("authorizationUrl").Description("Pinterest's consent page for this caller.").Resolve(c => c.Source.AuthorizationUrl.AbsoluteUri);
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Description("The URL works once, until this time (10 minutes).").Resolve(c => c.Source.ExpiresAt.UtcDateTime);
    }
}
