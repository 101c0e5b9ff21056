using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Search;

/// <summary>Query of <c>GET /search/boards</c>: the user's own boards matching a term.</summary>
public sealed record SearchBoardsRequest
{
    /// <summary>Search term.</summary>
    public string? Query { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
