namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class WebsiteEntity
{
    public required string UserId { get; set; }
    public required string Website { get; set; }
    public string Status { get; set; } = "verified";
    public DateTime VerifiedAt { get; set; }
}
