namespace GraphApi.Pinterest.Pins;

/// <summary>Body of <c>PATCH /pins/{pin_id}</c> (<c>PinUpdate</c>, beta); null fields are left unchanged.</summary>
public sealed record UpdatePinRequest
{
    /// <summary>New title.</summary>
    public string? Title { get; init; }

    /// <summary>New description.</summary>
    public string? Description { get; init; }

    /// <summary>New link.</summary>
    public string? Link { get; init; }

    /// <summary>New alternative text.</summary>
    public string? AltText { get; init; }

    /// <summary>Move to this board.</summary>
    public string? BoardId { get; init; }

    /// <summary>Move to this section.</summary>
    public string? BoardSectionId { get; init; }

    /// <summary>Per-slot text of a carousel Pin.</summary>
    public IReadOnlyList<CarouselSlot>? CarouselSlots { get; init; }
}
