using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Pagination;

/// <summary>One page of a Pinterest list (<c>Paginated</c> schema).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record Page<T>
{
    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Items { get; init; } = [];

    /// <summary>Cursor for the next page; null or absent on the last page.</summary>
    public string? Bookmark { get; init; }

    /// <summary>True when another page can be requested with <see cref="Bookmark"/>.</summary>
    [JsonIgnore]
    public bool HasMore => !string.IsNullOrEmpty(Bookmark);
}
