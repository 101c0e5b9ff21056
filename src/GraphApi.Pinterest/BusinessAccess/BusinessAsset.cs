namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>
/// An asset of a business with permissions (<c>GetBusinessAssetsResponse</c>, and <c>AssetIdPermissions</c> in a
/// member's or partner's asset list).
/// </summary>
public sealed record BusinessAsset
{
    /// <summary>Asset id: an ad account, profile (user), asset group or catalog id.</summary>
    public string AssetId { get; init; } = string.Empty;

    /// <summary><c>AD_ACCOUNT</c>, <c>PROFILE</c>, <c>ASSET_GROUP</c>, <c>CATALOG</c> (or <c>CONSUMER</c>).</summary>
    public string? AssetType { get; init; }

    /// <summary>Permission levels on it.</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Only for asset groups.</summary>
    public AssetGroup? AssetGroupInfo { get; init; }
}

/// <summary>An asset group (<c>AssetGroupBinding</c>).</summary>
public sealed record AssetGroup
{
    /// <summary>Asset group id.</summary>
    public string? Id { get; init; }

    /// <summary>Name.</summary>
    public string? AssetGroupName { get; init; }

    /// <summary>Description.</summary>
    public string? AssetGroupDescription { get; init; }

    /// <summary>Types (<c>BRAND</c>, <c>LOCATION_OR_LANGUAGE</c>, …).</summary>
    public IReadOnlyList<string>? AssetGroupTypes { get; init; }

    /// <summary>Ad accounts in the group.</summary>
    public IReadOnlyList<string>? AdAccountsIds { get; init; }

    /// <summary>Catalogs in the group.</summary>
    public IReadOnlyList<string>? CatalogsIds { get; init; }

    /// <summary>Who made it.</summary>
    public BusinessAccessUserSummary? CreatedBy { get; init; }

    /// <summary>Milliseconds.</summary>
    public long? CreatedTime { get; init; }
}

/// <summary>A member or partner with permissions on one asset (<c>UserSingleAssetBinding</c>).</summary>
public sealed record AssetUserPermissions
{
    /// <summary>The member or partner.</summary>
    public BusinessAccessUserSummary? User { get; init; }

    /// <summary>Permission levels.</summary>
    public IReadOnlyList<string>? Permissions { get; init; }
}
