namespace GraphApi.Pinterest.Pins;

/// <summary><c>source_type: image_base64</c>: the image bytes inline.</summary>
public sealed record PinImageBase64Source : PinMediaSource
{
    /// <summary>A <see cref="PinImageContentType"/> value.</summary>
    public required string ContentType { get; init; }

    /// <summary>Base64 image data.</summary>
    public required string Data { get; init; }

    /// <summary>Standard Pin (default true).</summary>
    public bool? IsStandard { get; init; }
}
