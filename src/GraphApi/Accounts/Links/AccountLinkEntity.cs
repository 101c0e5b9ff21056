namespace GraphApi.Accounts.Links;

/// <summary>The table row. Tokens are Data Protection ciphertext, never plain text.</summary>
internal sealed class AccountLinkEntity
{
    public long Id { get; set; }

    public required string TenantId { get; set; }

    public required string UserId { get; set; }

    public required string ProtectedAccessToken { get; set; }

    public required string ProtectedRefreshToken { get; set; }

    /// <summary>Space-separated, sorted: the OAuth wire form.</summary>
    public required string GrantedScopes { get; set; }

    public DateTimeOffset AccessTokenExpiresAt { get; set; }

    public DateTimeOffset? RefreshTokenExpiresAt { get; set; }

    public AccountLinkStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid Version { get; set; }
}
