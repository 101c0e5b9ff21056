using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>Filters of <c>get/business_members</c>.</summary>
public sealed record ListBusinessMembersRequest
{
    /// <summary><c>EMPLOYEE</c> and/or <c>BIZ_ADMIN</c>.</summary>
    public IReadOnlyList<string>? BusinessRoles { get; init; }

    /// <summary>Member ids: sent comma-separated in one parameter (at most 500 characters, the spec's limit).</summary>
    public IReadOnlyList<string>? MemberIds { get; init; }

    /// <summary>Add each member's assets summary.</summary>
    public bool? AssetsSummary { get; init; }

    /// <summary>Include system users.</summary>
    public bool? FetchSystemUsers { get; init; }

    /// <summary>Page.</summary>
    public PageRequest? Page { get; init; }
}

/// <summary>Filters of <c>get/business_partners</c>.</summary>
public sealed record ListBusinessPartnersRequest
{
    /// <summary><c>INTERNAL</c> (partners with access to yours) or <c>EXTERNAL</c> (yours to theirs).</summary>
    public string? PartnerType { get; init; }

    /// <summary>Partner ids: comma-separated, at most 500 characters.</summary>
    public IReadOnlyList<string>? PartnerIds { get; init; }

    /// <summary>Add each partner's assets summary.</summary>
    public bool? AssetsSummary { get; init; }

    /// <summary>Page.</summary>
    public PageRequest? Page { get; init; }
}

/// <summary>Filters of <c>business_assets/get</c>.</summary>
public sealed record ListBusinessAssetsRequest
{
    /// <summary><c>AD_ACCOUNT</c> (Pinterest's default), <c>PROFILE</c>, <c>ASSET_GROUP</c>, <c>CATALOG</c>, <c>CONSUMER</c>.</summary>
    public string? AssetType { get; init; }

    /// <summary>Only assets with these permissions (<c>PermissionsWithOwner</c>).</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Only the asset groups holding this asset.</summary>
    public string? ChildAssetId { get; init; }

    /// <summary>Only the assets of this asset group.</summary>
    public string? AssetGroupId { get; init; }

    /// <summary>Page.</summary>
    public PageRequest? Page { get; init; }
}

/// <summary>Filters of <c>get/invites</c>.</summary>
public sealed record ListBusinessInvitesRequest
{
    /// <summary>True (Pinterest's default): member invites; false: partner invites and requests.</summary>
    public bool? IsMember { get; init; }

    /// <summary><c>PENDING</c> and/or <c>EXPIRED</c>.</summary>
    public IReadOnlyList<string>? InviteStatus { get; init; }

    /// <summary><c>MEMBER_INVITE</c>, <c>PARTNER_INVITE</c> or <c>PARTNER_REQUEST</c>.</summary>
    public string? InviteType { get; init; }

    /// <summary>Page.</summary>
    public PageRequest? Page { get; init; }
}
