namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>One partner's access to one asset, to set (<c>UpdatePartnerAssetAccessBody</c>) or to remove (<c>DeletePartnerAssetAccessBody</c>).</summary>
public sealed record PartnerAssetAccess
{
    /// <summary>Asset id.</summary>
    public required string AssetId { get; init; }

    /// <summary>Partner business id.</summary>
    public required string PartnerId { get; init; }

    /// <summary>1..50 permissions (<c>Permissions</c>) when setting; not sent when removing.</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Removal only: <c>INTERNAL</c> (their access to your asset, Pinterest's default) or <c>EXTERNAL</c> (yours to theirs).</summary>
    public string? PartnerType { get; init; }
}

/// <summary>Body of the partner asset-access update and delete (1..50 accesses each).</summary>
public sealed record PartnerAssetAccessRequest
{
    /// <summary>Accesses.</summary>
    public required IReadOnlyList<PartnerAssetAccess> Accesses { get; init; }
}

/// <summary>An access as Pinterest answers it (<c>UpdatePartnerAssetsResult</c>, <c>DeletePartnerAssetsResult</c>).</summary>
public sealed record PartnerAssetAccessResult
{
    /// <summary>Asset id.</summary>
    public string? AssetId { get; init; }

    /// <summary>Asset type.</summary>
    public string? AssetType { get; init; }

    /// <summary>Partner id.</summary>
    public string? PartnerId { get; init; }

    /// <summary>Permissions.</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Removal only: true when the access ended was yours to the partner's asset.</summary>
    public bool? IsSharedPartner { get; init; }
}
