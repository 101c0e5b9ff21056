namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class UserEntity
{
    public required string Id { get; set; }
    public required string Username { get; set; }
    public required string AccountType { get; set; }
    public string? BusinessName { get; set; }
    public string About { get; set; } = string.Empty;
    public string WebsiteUrl { get; set; } = string.Empty;
    public required string ProfileColor { get; set; }
    public int MonthlyViews { get; set; }
}
