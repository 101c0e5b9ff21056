namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class BoardFollowEntity
{
    public required string UserId { get; set; }
    public required string BoardId { get; set; }
    public DateTime CreatedAt { get; set; }
}
