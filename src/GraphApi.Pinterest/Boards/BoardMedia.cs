namespace GraphApi.Pinterest.Boards;

/// <summary>Board cover image and Pin thumbnails.</summary>
public sealed record BoardMedia
{
    /// <summary>Cover image URL.</summary>
    public string? ImageCoverUrl { get; init; }

    /// <summary>Thumbnail URLs of Pins on the board.</summary>
    public IReadOnlyList<string>? PinThumbnailUrls { get; init; }
}
