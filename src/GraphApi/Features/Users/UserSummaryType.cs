using GraphApi.Pinterest.UserAccount;
using GraphQL.Types;

namespace GraphApi.Features.Users;

public sealed class UserSummaryType : ObjectGraphType<UserSummary>
{
    public UserSummaryType()
    {
        Name = "UserSummary";
        Description = "Another Pinterest account, as follower and following lists show it.";
        Field(u => u.Username, nullable: true).Description("The username.");
        Field(u => u.Type, nullable: true).Description("The kind of account, as Pinterest reports it.");
    }
}
