namespace GraphApi.Pinterest.Pins;

/// <summary>One image rendition.</summary>
public sealed record ImageDetails
{
    /// <summary>Image URL.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>Width in pixels.</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels.</summary>
    public int? Height { get; init; }
}
