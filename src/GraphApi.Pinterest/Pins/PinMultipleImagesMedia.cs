namespace GraphApi.Pinterest.Pins;

/// <summary><c>media_type: multiple_images</c> (carousel of images).</summary>
public sealed record PinMultipleImagesMedia : PinMedia
{
    /// <summary>The images.</summary>
    public IReadOnlyList<PinMediaItem>? Items { get; init; }
}
