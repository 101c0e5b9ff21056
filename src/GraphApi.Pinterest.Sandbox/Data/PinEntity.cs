namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class PinEntity
{
    public required string Id { get; set; }
    public required string OwnerId { get; set; }
    public required string BoardId { get; set; }
    public string? SectionId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Link { get; set; }
    public string? AltText { get; set; }
    public required string DominantColor { get; set; }
    public string? ParentPinId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public bool HasBeenPromoted { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary><c>image</c>, <c>multiple_images</c> or <c>video</c>: the spec's <c>media_type</c>.</summary>
    public string MediaType { get; set; } = "image";

    /// <summary>A carousel's items as JSON (<see cref="CarouselItem"/>s); null for other media.</summary>
    public string? MediaItemsJson { get; set; }

    /// <summary>The <c>POST /v5/media</c> upload a video pin was made from.</summary>
    public string? VideoMediaId { get; set; }
}

/// <summary>One stored carousel image: its own texts and the colour its rendered image uses.</summary>
internal sealed record CarouselItem(string Color, string? Title, string? Description, string? Link);
