using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.UserAccount;

/// <summary>Query of <c>GET /user_account/following</c>.</summary>
public sealed record ListFollowingRequest
{
    /// <summary><c>ALL</c>, <c>RANKED</c>, <c>CREATOR_ONLY</c> or <c>RANKED_CREATOR_ONLY</c>.</summary>
    public string? FeedType { get; init; }

    /// <summary>Only users followed explicitly, not through boards.</summary>
    public bool? ExplicitFollowing { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
