using GraphApi.Pinterest.Pins;

namespace GraphApi.Pinterest.Search;

/// <summary>A Pin as partner search returns it (<c>SummaryPin</c>).</summary>
public sealed record SummaryPin
{
    /// <summary>Pin id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Destination link.</summary>
    public string? Link { get; init; }

    /// <summary>Alternative text.</summary>
    public string? AltText { get; init; }

    /// <summary>The Pin's media.</summary>
    public PinMedia? Media { get; init; }
}
