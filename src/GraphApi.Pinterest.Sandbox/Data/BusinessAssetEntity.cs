namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>
/// An asset a business owns: an ad account, a profile (a user id), or an asset group it made. Asset groups keep their
/// name, description, types and member asset ids (comma-separated) here too; the emulator never queries inside them.
/// </summary>
internal sealed class BusinessAssetEntity
{
    public required string AssetId { get; set; }

    public required string BusinessId { get; set; }

    /// <summary><c>AD_ACCOUNT</c>, <c>PROFILE</c> or <c>ASSET_GROUP</c>.</summary>
    public required string AssetType { get; set; }

    public string? GroupName { get; set; }

    public string? GroupDescription { get; set; }

    public string? GroupTypes { get; set; }

    public string? GroupAssetIds { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }
}
