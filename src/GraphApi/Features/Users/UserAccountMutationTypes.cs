using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Users;

public sealed class FollowUserInput
{
    public string Username { get; set; } = "";

    public bool? AutoFollow { get; set; }
}

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

public sealed class VerifyWebsiteInput
{
    public string Website { get; set; } = "";

    public string? VerificationMethod { get; set; }
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

public sealed record FollowUserPayload(UserSummary? User, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class FollowUserPayloadType : PayloadType<FollowUserPayload>
{
    public FollowUserPayloadType()
        : base("FollowUserPayload", "The result of followUser.") =>
        Field<UserSummaryType>("user").Description("The followed user; null on failure.").Resolve(c => c.Source.User);
}

public sealed record VerifyWebsitePayload(UserWebsiteSummary? Website, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class VerifyWebsitePayloadType : PayloadType<VerifyWebsitePayload>
{
    public VerifyWebsitePayloadType()
        : base("VerifyWebsitePayload", "The result of verifyWebsite.") =>
        Field<UserWebsiteType>("website").Description("The website and its status; null on failure.").Resolve(c => c.Source.Website);
}

public sealed class UnverifyWebsiteInput
{
    public string Website { get; set; } = "";
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

public sealed record UnverifyWebsitePayload(string? UnverifiedWebsite, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class UnverifyWebsitePayloadType : PayloadType<UnverifyWebsitePayload>
{
    public UnverifyWebsitePayloadType()
        : base("UnverifyWebsitePayload", "The result of unverifyWebsite.") =>
        Field<StringGraphType>("unverifiedWebsite").Description("The removed website; null on failure.").Resolve(c => c.Source.UnverifiedWebsite);
}
