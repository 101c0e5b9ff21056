namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class AdGroupEntity
{
    public required string Id { get; set; }
    public required string AdAccountId { get; set; }
    public required string CampaignId { get; set; }
    public required string Name { get; set; }
    public required string Status { get; set; }
    public required string BillableEvent { get; set; }
    public required string BudgetType { get; set; }
    public long? BudgetInMicroCurrency { get; set; }
    public long? BidInMicroCurrency { get; set; }
    public long? StartTime { get; set; }
    public long? EndTime { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
