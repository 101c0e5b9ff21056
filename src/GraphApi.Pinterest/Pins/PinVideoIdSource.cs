namespace GraphApi.Pinterest.Pins;

/// <summary>
/// <c>source_type: video_id</c>: a video registered with <c>POST /media</c> whose status is <c>succeeded</c>,
/// plus a cover given by URL, by inline data, or by a key-frame time.
/// </summary>
public sealed record PinVideoIdSource : PinMediaSource
{
    /// <summary>The media id from the upload registration.</summary>
    public required string MediaId { get; init; }

    /// <summary>Cover image URL.</summary>
    public string? CoverImageUrl { get; init; }

    /// <summary>Base64 cover image (with <see cref="CoverImageContentType"/>).</summary>
    public string? CoverImageData { get; init; }

    /// <summary>A <see cref="PinImageContentType"/> value for <see cref="CoverImageData"/>.</summary>
    public string? CoverImageContentType { get; init; }

    /// <summary>Use the frame at this time (ms) as the cover.</summary>
    public int? CoverImageKeyFrameTime { get; init; }

    /// <summary>Standard Pin (default true).</summary>
    public bool? IsStandard { get; init; }
}
