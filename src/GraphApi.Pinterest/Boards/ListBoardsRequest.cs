using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Boards;

/// <summary>Query of <c>GET /boards</c>.</summary>
public sealed record ListBoardsRequest
{
    /// <summary>A <see cref="BoardPrivacyFilter"/> value; null returns every board the scopes allow.</summary>
    public string? Privacy { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
