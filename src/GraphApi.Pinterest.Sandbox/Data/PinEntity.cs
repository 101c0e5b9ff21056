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
}
