namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class BoardEntity
{
    public required string Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string Privacy { get; set; }
    public bool IsAdsOnly { get; set; }
    public int FollowerCount { get; set; }
    public int CollaboratorCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime PinsModifiedAt { get; set; }
}
