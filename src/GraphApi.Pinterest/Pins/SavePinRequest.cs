namespace GraphApi.Pinterest.Pins;

/// <summary>Body of <c>POST /pins/{pin_id}/save</c>: where to save (repin) the Pin.</summary>
public sealed record SavePinRequest
{
    /// <summary>Destination board.</summary>
    public string? BoardId { get; init; }

    /// <summary>Destination section.</summary>
    public string? BoardSectionId { get; init; }
}
