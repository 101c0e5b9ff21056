using GraphQL.Types;

namespace GraphApi.Features.AccountLinks;

public sealed record DisconnectPinterestPayload(bool Disconnected, AccountLinkView Connection);

internal sealed class DisconnectPinterestPayloadType : ObjectGraphType<DisconnectPinterestPayload>
{
    public DisconnectPinterestPayloadType()
    {
        Name = "DisconnectPinterestPayload";
        Description = "The stored tokens are deleted. Pinterest's revoke endpoint only serves system users, so the app stays listed in the user's Pinterest settings until they remove it there.";
        Field(x => x.Disconnected).Description("True when a connection existed and its tokens were deleted.");
        Field<NonNullGraphType<AccountLinkType>>("connection").Description("The connection as it is now.").Resolve(c => c.Source.Connection);
    }
}
