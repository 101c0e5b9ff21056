namespace GraphApi.Pinterest.Pins;

/// <summary>A carousel image given by URL.</summary>
public sealed record PinImageUrlItem
{
    /// <summary>Image URL.</summary>
    public required string Url { get; init; }

    /// <summary>Item title.</summary>
    public string? Title { get; init; }

    /// <summary>Item description.</summary>
    public string? Description { get; init; }

    /// <summary>Item link.</summary>
    public string? Link { get; init; }
}
