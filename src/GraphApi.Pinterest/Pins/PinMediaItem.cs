namespace GraphApi.Pinterest.Pins;

/// <summary>
/// One item of a multi-item Pin: the union of <c>ImageMetadata</c> and <c>VideoMetadataWithItemType</c>,
/// told apart by <see cref="ItemType"/>.
/// </summary>
public sealed record PinMediaItem
{
    /// <summary><c>image</c> or <c>video</c>.</summary>
    public string? ItemType { get; init; }

    /// <summary>Item title.</summary>
    public string? Title { get; init; }

    /// <summary>Item description.</summary>
    public string? Description { get; init; }

    /// <summary>Item link.</summary>
    public string? Link { get; init; }

    /// <summary>Image renditions keyed by size.</summary>
    public IReadOnlyDictionary<string, ImageDetails>? Images { get; init; }

    /// <summary>Video cover image URL.</summary>
    public string? CoverImageUrl { get; init; }

    /// <summary>Video URL.</summary>
    public string? VideoUrl { get; init; }

    /// <summary>Video duration in milliseconds.</summary>
    public double? Duration { get; init; }

    /// <summary>Video height.</summary>
    public int? Height { get; init; }

    /// <summary>Video width.</summary>
    public int? Width { get; init; }
}
