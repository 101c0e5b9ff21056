namespace GraphApi.Pinterest.Pins;

/// <summary>Body of <c>POST /pins</c> (<c>PinCreate</c>). In practice Pinterest needs a board and a media source.</summary>
public sealed record CreatePinRequest
{
    /// <summary>Board to create the Pin on.</summary>
    public required string BoardId { get; init; }

    /// <summary>Section within the board.</summary>
    public string? BoardSectionId { get; init; }

    /// <summary>Title (≤ 100 characters).</summary>
    public string? Title { get; init; }

    /// <summary>Description (≤ 800 characters).</summary>
    public string? Description { get; init; }

    /// <summary>Destination link (≤ 2048 characters).</summary>
    public string? Link { get; init; }

    /// <summary>Alternative text (≤ 500 characters).</summary>
    public string? AltText { get; init; }

    /// <summary>Dominant color, <c>#RRGGBB</c>.</summary>
    public string? DominantColor { get; init; }

    /// <summary>The Pin this one derives from.</summary>
    public string? ParentPinId { get; init; }

    /// <summary>Paid-partnership sponsor id.</summary>
    public string? SponsorId { get; init; }

    /// <summary>The media: one of the six <see cref="PinMediaSource"/> kinds.</summary>
    public required PinMediaSource MediaSource { get; init; }
}
