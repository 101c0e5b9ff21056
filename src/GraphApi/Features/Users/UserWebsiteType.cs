using GraphApi.Pinterest.UserAccount;
using GraphQL.Types;

namespace GraphApi.Features.Users;

public sealed class UserWebsiteType : ObjectGraphType<UserWebsiteSummary>
{
    public UserWebsiteType()
    {
        Name = "UserWebsite";
        Description = "A website claimed on the user's profile.";
        Field(w => w.Website, nullable: true).Description("The website.");
        Field(w => w.Status, nullable: true).Description("Pinterest's verification status, e.g. verified.");
        Field(w => w.VerifiedAt, nullable: true).Description("When it was verified, as Pinterest reports it.");
    }
}
