using GraphApi.Upstream.Quota;
using GraphQL.Types;

namespace GraphApi.Features.AccountLinks;

internal sealed class AccountLinkType : ObjectGraphType<AccountLinkView>
{
    public AccountLinkType()
    {
        Name = "PinterestConnection";
        Description = "The caller's Pinterest connection: its status, scopes and token expiries. Tokens themselves are never exposed.";
        Field<NonNullGraphType<AccountLinkStatusType>>("status").Description("Whether the gateway can act on Pinterest for the caller.").Resolve(c => c.Source.Status);
        Field(x => x.GrantedScopes).Description("The scopes the user granted on Pinterest's consent page.");
        Field(x => x.MissingScopes).Description("Scopes this gateway asks for that the connection lacks: connect again to grant them.");
        Field<DateTimeGraphType>("accessTokenExpiresAt").Description("When the current access token expires; the gateway refreshes it before then.")
            .Resolve(c => c.Source.AccessTokenExpiresAt?.UtcDateTime);
        Field<DateTimeGraphType>("refreshTokenExpiresAt").Description("When the refresh token expires; after that the user must connect again.")
            .Resolve(c => c.Source.RefreshTokenExpiresAt?.UtcDateTime);
        Field<DateTimeGraphType>("connectedAt").Description("When this connection was first made.").Resolve(c => c.Source.ConnectedAt?.UtcDateTime);
        AccountLinkQuotaField.AddTo(this);
    }
}
