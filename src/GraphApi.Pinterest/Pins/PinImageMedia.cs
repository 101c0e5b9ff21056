namespace GraphApi.Pinterest.Pins;

/// <summary><c>media_type: image</c>.</summary>
public sealed record PinImageMedia : PinMedia
{
    /// <summary>Renditions keyed by size (<c>150x150</c>, <c>400x300</c>, <c>600x</c>, <c>1200x</c>).</summary>
    public IReadOnlyDictionary<string, ImageDetails>? Images { get; init; }
}
