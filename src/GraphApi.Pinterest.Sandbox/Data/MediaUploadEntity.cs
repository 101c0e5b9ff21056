namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class MediaUploadEntity
{
    public required string Id { get; set; }
    public required string OwnerId { get; set; }
    public string MediaType { get; set; } = "video";
    public string Status { get; set; } = "registered";
    public DateTime CreatedAt { get; set; }
}
