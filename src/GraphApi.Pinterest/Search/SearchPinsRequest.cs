namespace GraphApi.Pinterest.Search;

/// <summary>Query of <c>GET /search/pins</c>: the user's own Pins matching a term (no page size upstream).</summary>
public sealed record SearchPinsRequest
{
    /// <summary>Search term.</summary>
    public required string Query { get; init; }

    /// <summary>Cursor from the previous page.</summary>
    public string? Bookmark { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }
}
