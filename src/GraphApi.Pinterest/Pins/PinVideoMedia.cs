namespace GraphApi.Pinterest.Pins;

/// <summary><c>media_type: video</c>.</summary>
public sealed record PinVideoMedia : PinMedia
{
    /// <summary>Cover renditions keyed by size.</summary>
    public IReadOnlyDictionary<string, ImageDetails>? Images { get; init; }

    /// <summary>Cover image URL.</summary>
    public string? CoverImageUrl { get; init; }

    /// <summary>Video URL (restricted to some apps).</summary>
    public string? VideoUrl { get; init; }

    /// <summary>Duration in milliseconds.</summary>
    public double? Duration { get; init; }

    /// <summary>Height in pixels.</summary>
    public int? Height { get; init; }

    /// <summary>Width in pixels.</summary>
    public int? Width { get; init; }
}
