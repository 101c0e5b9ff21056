namespace GraphApi.Pinterest.UserAccount;

/// <summary>A follower or followed user (<c>UserSummary</c>).</summary>
public sealed record UserSummary
{
    /// <summary>Username.</summary>
    public string? Username { get; init; }

    /// <summary>Entity type, e.g. <c>user</c>.</summary>
    public string? Type { get; init; }
}
