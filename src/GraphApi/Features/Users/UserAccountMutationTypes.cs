using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Users;

public sealed class FollowUserInputType : InputObjectGraphType<FollowUserInput>
{
    public FollowUserInputType()
    {
        Name = "FollowUserInput";
        Description = "The user to follow.";
        Field(f => f.Username).Description("Their Pinterest username.");
        Field(f => f.AutoFollow, nullable: true).Description("Follow even when Pinterest would ask for confirmation.");
    }
}

public sealed class VerifyWebsiteInputType : InputObjectGraphType<VerifyWebsiteInput>
{
    public VerifyWebsiteInputType()
    {
        Name = "VerifyWebsiteInput";
        Description = "The website to verify.";
        Field(f => f.Website).Description("The website, e.g. example.com.");
        Field(f => f.VerificationMethod, nullable: true).Description("METATAG, FILENAME or DNSTXT; Pinterest tries them all when omitted.");
    }
}

public sealed class FollowUserErrorType() : UserErrorUnion("FollowUserError");

public sealed class VerifyWebsiteErrorType() : UserErrorUnion("VerifyWebsiteError");

public sealed class FollowUserPayloadType : PayloadType<FollowUserPayload, FollowUserErrorType>
{
    public FollowUserPayloadType()
        : base("FollowUserPayload", "The result of followUser.") =>
        Field<UserSummaryType>("user").Description("The followed user; null on failure.").Resolve(c => c.Source.User);
}

public sealed class VerifyWebsitePayloadType : PayloadType<VerifyWebsitePayload, VerifyWebsiteErrorType>
{
    public VerifyWebsitePayloadType()
        : base("VerifyWebsitePayload", "The result of verifyWebsite.") =>
        Field<UserWebsiteType>("website").Description("The website and its status; null on failure.").Resolve(c => c.Source.Website);
}

public sealed class UnverifyWebsiteInputType : InputObjectGraphType<UnverifyWebsiteInput>
{
    public UnverifyWebsiteInputType()
    {
        Name = "UnverifyWebsiteInput";
        Description = "The website to remove.";
        Field(f => f.Website).Description("The website, e.g. example.com.");
    }
}

public sealed class UnverifyWebsiteErrorType() : UserErrorUnion("UnverifyWebsiteError");

public sealed class UnverifyWebsitePayloadType : PayloadType<UnverifyWebsitePayload, UnverifyWebsiteErrorType>
{
    public UnverifyWebsitePayloadType()
        : base("UnverifyWebsitePayload", "The result of unverifyWebsite.") =>
        Field<StringGraphType>("unverifiedWebsite").Description("The removed website; null on failure.").Resolve(c => c.Source.UnverifiedWebsite);
}
