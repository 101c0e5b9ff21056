namespace GraphApi.Pinterest.Pins;

/// <summary><c>source_type: image_url</c>: Pinterest fetches the image.</summary>
public sealed record PinImageUrlSource : PinMediaSource
{
    /// <summary>Public image URL.</summary>
    public required string Url { get; init; }

    /// <summary>Standard Pin (default true).</summary>
    public bool? IsStandard { get; init; }
}
