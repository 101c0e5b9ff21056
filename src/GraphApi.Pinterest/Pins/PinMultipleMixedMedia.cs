namespace GraphApi.Pinterest.Pins;

/// <summary><c>media_type: multiple_mixed</c> (images and videos).</summary>
public sealed record PinMultipleMixedMedia : PinMedia
{
    /// <summary>The items; <see cref="PinMediaItem.ItemType"/> tells images from videos.</summary>
    public IReadOnlyList<PinMediaItem>? Items { get; init; }
}
