namespace GraphApi.Pinterest.Pins;

/// <summary>Text of one carousel slot.</summary>
public sealed record CarouselSlot
{
    /// <summary>Slot title.</summary>
    public string? Title { get; init; }

    /// <summary>Slot description.</summary>
    public string? Description { get; init; }

    /// <summary>Slot link.</summary>
    public string? Link { get; init; }
}
