namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>
/// A member (a user, role <c>EMPLOYEE</c> or <c>BIZ_ADMIN</c>) or a partner (another business, role <c>PARTNER</c>)
/// of a business. <see cref="HolderId"/> is the user id of a member and the business id of a partner.
/// </summary>
internal sealed class BusinessRelationEntity
{
    public const string Member = "MEMBER";
    public const string Partner = "PARTNER";

    public required string BusinessId { get; set; }

    /// <summary><see cref="Member"/> or <see cref="Partner"/>.</summary>
    public required string Kind { get; set; }

    public required string HolderId { get; set; }

    /// <summary><c>EMPLOYEE</c>, <c>BIZ_ADMIN</c> or <c>PARTNER</c>.</summary>
    public required string Role { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }
}
