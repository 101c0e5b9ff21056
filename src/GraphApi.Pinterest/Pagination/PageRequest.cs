namespace GraphApi.Pinterest.Pagination;

/// <summary>Cursor paging: the <c>bookmark</c> from the previous page and a <c>page_size</c> of 1–250.</summary>
public sealed record PageRequest
{
    /// <summary>Pinterest's largest page.</summary>
    public const int MaxPageSize = PinterestLimits.MaxPageSize;

    /// <summary>Creates a page request.</summary>
    /// <param name="pageSize">Items per page, 1–250; null lets Pinterest use its default (25).</param>
    /// <param name="bookmark">The previous page's bookmark; null for the first page.</param>
    public PageRequest(int? pageSize = null, string? bookmark = null)
    {
        if (pageSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(pageSize));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxPageSize, nameof(pageSize));
        }

        PageSize = pageSize;
        Bookmark = bookmark;
    }

    /// <summary>Items per page (1–250), or null for Pinterest's default.</summary>
    public int? PageSize { get; }

    /// <summary>Cursor of the page to fetch.</summary>
    public string? Bookmark { get; }

    /// <summary>The same size with another bookmark.</summary>
    public PageRequest WithBookmark(string? bookmark) => new(PageSize, bookmark);
}
