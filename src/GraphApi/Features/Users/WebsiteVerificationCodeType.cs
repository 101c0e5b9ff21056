using GraphApi.Pinterest.UserAccount;
using GraphQL.Types;

namespace GraphApi.Features.Users;

public sealed class WebsiteVerificationCodeType : ObjectGraphType<UserWebsiteVerificationCode>
{
    public WebsiteVerificationCodeType()
    {
        Name = "WebsiteVerificationCode";
        Description = "What to put on a website so Pinterest can verify it belongs to the user.";
        Field(v => v.VerificationCode, nullable: true).Description("The code itself.");
        Field(v => v.DnsTxtRecord, nullable: true).Description("A DNS TXT record to add.");
        Field(v => v.Metatag, nullable: true).Description("Or: a meta tag for the home page.");
        Field(v => v.Filename, nullable: true).Description("Or: a file name to serve at the site's root...");
        Field(v => v.FileContent, nullable: true).Description("...with this content.");
    }
}
