using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.UserAccount;

/// <summary>Query of <c>GET /user_account/following/boards</c>.</summary>
public sealed record ListFollowedBoardsRequest
{
    /// <summary>Only boards followed explicitly.</summary>
    public bool? ExplicitFollowing { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
