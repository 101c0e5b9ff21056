namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>
/// A user's or business's relationship to a business (<c>UserBusinessRoleBinding</c>): one row of the members,
/// partners and employers lists.
/// </summary>
public sealed record BusinessRoleBinding
{
    /// <summary>The relationship's id.</summary>
    public string? Id { get; init; }

    /// <summary><c>EMPLOYEE</c>, <c>BIZ_ADMIN</c> or <c>PARTNER</c>.</summary>
    public IReadOnlyList<string> BusinessRoles { get; init; } = [];

    /// <summary>The member, the partner business, or (in the employers list) the employing business.</summary>
    public BusinessAccessUserSummary? User { get; init; }

    /// <summary>Who made the relationship.</summary>
    public BusinessAccessUserSummary? CreatedByUser { get; init; }

    /// <summary>The business that made it.</summary>
    public BusinessAccessUserSummary? CreatedByBusiness { get; init; }

    /// <summary>Unix seconds (the spec does not say; the sandbox answers seconds).</summary>
    public long? CreatedTime { get; init; }

    /// <summary>Partners only: shared through a partner of a partner.</summary>
    public bool? IsSharedPartner { get; init; }

    /// <summary>With <c>assets_summary=true</c>: the ad accounts and profiles this member or partner can use.</summary>
    public BusinessMemberAssetsSummary? AssetsSummary { get; init; }
}

/// <summary>A member, partner or creator (<c>BusinessAccessUserSummary</c>).</summary>
public sealed record BusinessAccessUserSummary
{
    /// <summary>User (or business) id.</summary>
    public string? Id { get; init; }

    /// <summary>Username.</summary>
    public string? Username { get; init; }

    /// <summary>Email (Pinterest shows it to the business's admins).</summary>
    public string? Email { get; init; }
}

/// <summary>Ad accounts and profiles with permissions (<c>BusinessMemberAssetsSummary</c>).</summary>
public sealed record BusinessMemberAssetsSummary
{
    /// <summary>Ad accounts.</summary>
    public IReadOnlyList<AssetPermissions>? AdAccounts { get; init; }

    /// <summary>Profiles.</summary>
    public IReadOnlyList<AssetPermissions>? Profiles { get; init; }
}

/// <summary>An asset id with permission levels.</summary>
public sealed record AssetPermissions
{
    /// <summary>Asset id.</summary>
    public string? Id { get; init; }

    /// <summary>Permission levels (<c>ADMIN</c>, <c>ANALYST</c>, …).</summary>
    public IReadOnlyList<string>? Permissions { get; init; }
}
