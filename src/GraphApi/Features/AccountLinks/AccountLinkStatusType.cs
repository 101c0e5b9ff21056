using GraphApi.Accounts.Links;
using GraphQL.Types;

namespace GraphApi.Features.AccountLinks;

internal sealed class AccountLinkStatusType : EnumerationGraphType<AccountLinkStatus>
{
    public AccountLinkStatusType()
    {
        Name = "PinterestConnectionStatus";
        Description = "Whether the gateway can act on Pinterest for the caller.";
    }
}
