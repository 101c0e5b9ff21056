namespace GraphApi.Pinterest.Pins;

/// <summary><c>source_type: multiple_image_urls</c>: a carousel of 2–5 images by URL.</summary>
public sealed record PinMultipleImageUrlsSource : PinMediaSource
{
    /// <summary>2–5 images.</summary>
    public required IReadOnlyList<PinImageUrlItem> Items { get; init; }

    /// <summary>Index of the item shown first.</summary>
    public int? Index { get; init; }
}
