namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>One member's new role (<c>UpdateMemberBusinessRoleBody</c>); also one member to remove (<c>MembersToDeleteBody</c>).</summary>
public sealed record MemberRole
{
    /// <summary>Member (user) id.</summary>
    public required string MemberId { get; init; }

    /// <summary><c>EMPLOYEE</c> or <c>BIZ_ADMIN</c>.</summary>
    public required string BusinessRole { get; init; }
}

/// <summary><c>MembersToDeleteBody</c>: 1..50 members.</summary>
public sealed record DeleteMembersRequest
{
    /// <summary>Members with their current role.</summary>
    public required IReadOnlyList<MemberRole> Members { get; init; }
}

/// <summary><c>DeletedMembersResponse</c>.</summary>
public sealed record DeletedMembersResult
{
    /// <summary>Ids removed.</summary>
    public IReadOnlyList<string> DeletedMembers { get; init; } = [];
}

/// <summary><c>DeletePartnersRequest</c>: 1..50 partner ids.</summary>
public sealed record DeletePartnersRequest
{
    /// <summary>Partner business ids.</summary>
    public required IReadOnlyList<string> PartnerIds { get; init; }

    /// <summary><c>INTERNAL</c> or <c>EXTERNAL</c>.</summary>
    public string? PartnerType { get; init; }
}

/// <summary><c>DeletePartnersResponse</c>.</summary>
public sealed record DeletedPartnersResult
{
    /// <summary>Ids removed.</summary>
    public IReadOnlyList<string> DeletedPartners { get; init; } = [];
}

/// <summary>Items of an answer whose items are objects of the same shape (the role and access results).</summary>
/// <typeparam name="T">The item.</typeparam>
public sealed record BusinessItems<T>
{
    /// <summary>Items.</summary>
    public IReadOnlyList<T> Items { get; init; } = [];
}

/// <summary>One member's role after an update (<c>UpdateMemberResult</c>).</summary>
public sealed record UpdatedMemberRole
{
    /// <summary>Member id.</summary>
    public string? MemberId { get; init; }

    /// <summary>New role.</summary>
    public string? BusinessRole { get; init; }
}

/// <summary>One member's access to one asset, to set or to remove.</summary>
public sealed record MemberAssetAccess
{
    /// <summary>Asset id.</summary>
    public required string AssetId { get; init; }

    /// <summary>Member id.</summary>
    public required string MemberId { get; init; }

    /// <summary>1..50 permissions (<c>Permissions</c>); null when removing.</summary>
    public IReadOnlyList<string>? Permissions { get; init; }
}

/// <summary>Body of the member asset-access update and delete (1..50 accesses to update, 1..100 to delete).</summary>
public sealed record MemberAssetAccessRequest
{
    /// <summary>Accesses.</summary>
    public required IReadOnlyList<MemberAssetAccess> Accesses { get; init; }
}

/// <summary>One item of <c>UpdateMemberAssetsResultsResponseArray</c>.</summary>
public sealed record MemberAssetAccessUpdateItem
{
    /// <summary>The access as set.</summary>
    public MemberAssetAccessResult? Response { get; init; }
}

/// <summary>An access as Pinterest answers it (<c>UsersForIndividualAssetResponse</c>, <c>DeleteMemberAccessResult</c>).</summary>
public sealed record MemberAssetAccessResult
{
    /// <summary>Asset id.</summary>
    public string? AssetId { get; init; }

    /// <summary>Member id.</summary>
    public string? MemberId { get; init; }

    /// <summary>Permissions (updates only).</summary>
    public IReadOnlyList<string>? Permissions { get; init; }
}

/// <summary><c>CreateMembershipOrPartnershipInvitesBody</c>.</summary>
public sealed record CreateBusinessInvitesRequest
{
    /// <summary><c>EMPLOYEE</c>, <c>BIZ_ADMIN</c> or <c>PARTNER</c>.</summary>
    public required string BusinessRole { get; init; }

    /// <summary><c>MEMBER_INVITE</c>, <c>PARTNER_INVITE</c> or <c>PARTNER_REQUEST</c>.</summary>
    public required string InviteType { get; init; }

    /// <summary>Member invites: 1..50 usernames or emails.</summary>
    public IReadOnlyList<string>? Members { get; init; }

    /// <summary>Partner invites and requests: 1..50 partner business ids.</summary>
    public IReadOnlyList<string>? Partners { get; init; }
}

/// <summary>One item of an invite write's answer: the invite, or Pinterest's refusal.</summary>
public sealed record BusinessInviteItem
{
    /// <summary>The invite when it worked.</summary>
    public BusinessInvite? Invite { get; init; }

    /// <summary>Why not.</summary>
    public BusinessInviteRefusal? Exception { get; init; }
}

/// <summary><c>CancelInvitesBody</c>: 1..50 invite ids.</summary>
public sealed record CancelBusinessInvitesRequest
{
    /// <summary>Invite ids.</summary>
    public required IReadOnlyList<string> InviteIds { get; init; }
}

/// <summary><c>AuthRespondInvitesBody</c>: 1..100 answers.</summary>
public sealed record RespondToBusinessInvitesRequest
{
    /// <summary>Answers.</summary>
    public required IReadOnlyList<BusinessInviteAnswer> Invites { get; init; }
}

/// <summary>One answer to an invite.</summary>
public sealed record BusinessInviteAnswer
{
    /// <summary>Invite id.</summary>
    public required string InviteId { get; init; }

    /// <summary>Accept or decline (and, for requests, what to grant).</summary>
    public required BusinessInviteAction Action { get; init; }
}

/// <summary>Accept or decline.</summary>
public sealed record BusinessInviteAction
{
    /// <summary>True to accept.</summary>
    public required bool AcceptInvite { get; init; }

    /// <summary>When accepting a request: asset id to permissions granted (<c>AssetIdToPermissions</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AssetIdToPermissions { get; init; }
}

/// <summary><c>CreateAssetGroupBody</c>.</summary>
public sealed record CreateAssetGroupRequest
{
    /// <summary>Name.</summary>
    public required string AssetGroupName { get; init; }

    /// <summary>Description.</summary>
    public required string AssetGroupDescription { get; init; }

    /// <summary><c>BRAND</c>, <c>LOCATION_OR_LANGUAGE</c>, <c>PRODUCT_LINE</c>, <c>OTHER</c>.</summary>
    public required IReadOnlyList<string> AssetGroupTypes { get; init; }
}

/// <summary><c>CreateAssetGroupResponse</c>.</summary>
public sealed record AssetGroupResult
{
    /// <summary>The group.</summary>
    public AssetGroup? AssetGroup { get; init; }
}

/// <summary><c>UpdateAssetGroupBody</c>.</summary>
public sealed record UpdateAssetGroupsRequest
{
    /// <summary>Groups to change.</summary>
    public required IReadOnlyList<AssetGroupChange> AssetGroupsToUpdate { get; init; }
}

/// <summary>One group's change.</summary>
public sealed record AssetGroupChange
{
    /// <summary>Group id.</summary>
    public required string AssetGroupId { get; init; }

    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New description.</summary>
    public string? Description { get; init; }

    /// <summary>New types.</summary>
    public IReadOnlyList<string>? AssetGroupTypes { get; init; }

    /// <summary>Assets to add.</summary>
    public IReadOnlyList<string>? AssetsToAdd { get; init; }

    /// <summary>Assets to remove.</summary>
    public IReadOnlyList<string>? AssetsToRemove { get; init; }
}

/// <summary><c>UpdateAssetGroupResponse</c>.</summary>
public sealed record UpdatedAssetGroupsResult
{
    /// <summary>Groups as changed.</summary>
    public IReadOnlyList<AssetGroup>? UpdatedAssetGroups { get; init; }

    /// <summary>Refusals.</summary>
    public IReadOnlyList<AssetGroupRefusal>? Exceptions { get; init; }
}

/// <summary><c>DeleteAssetGroupBody</c>: 1..50 ids.</summary>
public sealed record DeleteAssetGroupsRequest
{
    /// <summary>Group ids.</summary>
    public required IReadOnlyList<string> AssetGroupsToDelete { get; init; }
}

/// <summary><c>DeleteAssetGroupResponse</c>.</summary>
public sealed record DeletedAssetGroupsResult
{
    /// <summary>Ids deleted.</summary>
    public IReadOnlyList<string> DeletedAssetGroups { get; init; } = [];

    /// <summary>Refusals.</summary>
    public IReadOnlyList<AssetGroupRefusal>? Exceptions { get; init; }
}

/// <summary>A refused group.</summary>
public sealed record AssetGroupRefusal
{
    /// <summary>Group id.</summary>
    public string? AssetGroupId { get; init; }

    /// <summary>Code.</summary>
    public int? Code { get; init; }

    /// <summary>Message.</summary>
    public string? Message { get; init; }
}
