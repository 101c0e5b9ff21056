namespace GraphApi.Pinterest.Pins;

/// <summary><c>source_type: multiple_image_base64</c>: a carousel of 2–5 inline images.</summary>
public sealed record PinMultipleImageBase64Source : PinMediaSource
{
    /// <summary>2–5 images.</summary>
    public required IReadOnlyList<PinImageBase64Item> Items { get; init; }

    /// <summary>Index of the item shown first.</summary>
    public int? Index { get; init; }
}
