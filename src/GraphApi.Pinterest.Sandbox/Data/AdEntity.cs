namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class AdEntity
{
    public required string Id { get; set; }
    public required string AdAccountId { get; set; }
    public required string CampaignId { get; set; }
    public required string AdGroupId { get; set; }
    public required string PinId { get; set; }
    public string? Name { get; set; }
    public required string Status { get; set; }
    public required string CreativeType { get; set; }
    public string? DestinationUrl { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
