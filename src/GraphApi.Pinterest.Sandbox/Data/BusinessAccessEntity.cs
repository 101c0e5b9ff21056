namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>A member's or partner's permissions (comma-separated) on one of a business's assets.</summary>
internal sealed class BusinessAccessEntity
{
    public required string BusinessId { get; set; }

    public required string AssetId { get; set; }

    /// <summary>A member's user id or a partner's business id.</summary>
    public required string HolderId { get; set; }

    public required string Permissions { get; set; }
}
