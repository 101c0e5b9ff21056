namespace GraphApi.Pinterest.UserAccount;

/// <summary>Body of <c>POST /user_account/following/{username}</c> (<c>FollowUserRequest</c>).</summary>
public sealed record FollowUserRequest
{
    /// <summary>Follow without the usual confirmation (default false).</summary>
    public bool? AutoFollow { get; init; }
}
