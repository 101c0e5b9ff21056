namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>
/// An invite a business sent: <c>MEMBER_INVITE</c> to a user, <c>PARTNER_INVITE</c> / <c>PARTNER_REQUEST</c> to another
/// business. Only its recipient (the user, or an admin of the recipient business) may answer it.
/// </summary>
internal sealed class BusinessInviteEntity
{
    public required string Id { get; set; }

    public required string BusinessId { get; set; }

    public required string InviteType { get; set; }

    public required string Role { get; set; }

    /// <summary>A user id for member invites, a business id for partner ones.</summary>
    public required string RecipientId { get; set; }

    /// <summary><c>PENDING</c>, <c>ACCEPTED</c>, <c>DECLINED</c>, <c>CANCELLED</c> or <c>EXPIRED</c>.</summary>
    public required string Status { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
