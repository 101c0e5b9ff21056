namespace GraphApi.Pinterest.Pins;

/// <summary><c>media_type: multiple_videos</c>.</summary>
public sealed record PinMultipleVideosMedia : PinMedia
{
    /// <summary>The videos.</summary>
    public IReadOnlyList<PinMediaItem>? Items { get; init; }
}
