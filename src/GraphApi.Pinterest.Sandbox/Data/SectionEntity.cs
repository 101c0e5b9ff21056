namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class SectionEntity
{
    public required string Id { get; set; }
    public required string BoardId { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
}
