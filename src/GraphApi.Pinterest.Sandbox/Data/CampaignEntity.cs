namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class CampaignEntity
{
    public required string Id { get; set; }
    public required string AdAccountId { get; set; }
    public required string Name { get; set; }
    public required string Status { get; set; }
    public required string ObjectiveType { get; set; }
    public long? LifetimeSpendCap { get; set; }
    public long? DailySpendCap { get; set; }
    public long? StartTime { get; set; }
    public long? EndTime { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
