using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.Users;

public sealed class FollowUserInput
{
    public string Username { get; set; } = "";

    public bool? AutoFollow { get; set; }
}

public sealed class VerifyWebsiteInput
{
    public string Website { get; set; } = "";

    public string? VerificationMethod { get; set; }
}

public sealed class UnverifyWebsiteInput
{
    public string Website { get; set; } = "";
}

public sealed record UnverifyWebsitePayload(string? UnverifiedWebsite, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record FollowUserPayload(UserSummary? User, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record VerifyWebsitePayload(UserWebsiteSummary? Website, IReadOnlyList<UserError> Errors) : IPayload;
