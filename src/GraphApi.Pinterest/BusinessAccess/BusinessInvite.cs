namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>An invite or request (<c>InviteResponse</c> / <c>BaseInviteDataResponse</c>).</summary>
public sealed record BusinessInvite
{
    /// <summary>Invite id.</summary>
    public string? Id { get; init; }

    /// <summary>Status, type and times.</summary>
    public BusinessInviteData? InviteData { get; init; }

    /// <summary>True when the caller's business received it rather than sent it.</summary>
    public bool? IsReceivedInvite { get; init; }

    /// <summary>Who it was sent to (a user, or the partner business).</summary>
    public BusinessAccessUserSummary? User { get; init; }

    /// <summary>Roles it grants when accepted.</summary>
    public IReadOnlyList<string>? BusinessRoles { get; init; }

    /// <summary>Who sent it.</summary>
    public BusinessAccessUserSummary? CreatedByUser { get; init; }

    /// <summary>The business that sent it.</summary>
    public BusinessAccessUserSummary? CreatedByBusiness { get; init; }

    /// <summary>Milliseconds.</summary>
    public long? CreatedTime { get; init; }

    /// <summary>Assets it grants when accepted.</summary>
    public BusinessMemberAssetsSummary? AssetsSummary { get; init; }
}

/// <summary>An invite's metadata.</summary>
public sealed record BusinessInviteData
{
    /// <summary><c>PENDING</c>, <c>ACCEPTED</c>, <c>DECLINED</c>, <c>CANCELLED</c> or <c>EXPIRED</c>.</summary>
    public string? InviteStatus { get; init; }

    /// <summary><c>MEMBER_INVITE</c>, <c>PARTNER_INVITE</c> or <c>PARTNER_REQUEST</c>.</summary>
    public string? InviteType { get; init; }

    /// <summary>Milliseconds.</summary>
    public long? InviteExpiration { get; init; }

    /// <summary>Milliseconds.</summary>
    public long? SentAt { get; init; }

    /// <summary>Milliseconds.</summary>
    public long? LastUpdatedTime { get; init; }
}

/// <summary>Pinterest's refusal of one item of an invite write (<c>InviteExceptionResponse</c>).</summary>
public sealed record BusinessInviteRefusal
{
    /// <summary>Pinterest's code.</summary>
    public int? Code { get; init; }

    /// <summary>Message.</summary>
    public string? Message { get; init; }

    /// <summary>The invite concerned.</summary>
    public string? InviteOrRequestId { get; init; }

    /// <summary>The usernames, emails or partner ids concerned.</summary>
    public IReadOnlyList<string>? UsersOrPartnerIds { get; init; }
}
