namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>One user following another user.</summary>
internal sealed class FollowEntity
{
    public required string FollowerId { get; set; }
    public required string FolloweeId { get; set; }
    public DateTime CreatedAt { get; set; }
}
