namespace GraphApi.Pinterest.Pins;

/// <summary>A carousel image given inline.</summary>
public sealed record PinImageBase64Item
{
    /// <summary>A <see cref="PinImageContentType"/> value.</summary>
    public required string ContentType { get; init; }

    /// <summary>Base64 image data.</summary>
    public required string Data { get; init; }

    /// <summary>Item title.</summary>
    public string? Title { get; init; }

    /// <summary>Item description.</summary>
    public string? Description { get; init; }

    /// <summary>Item link.</summary>
    public string? Link { get; init; }
}
