namespace GraphApi.Connections.Storage;

/// <summary>The table row. Tokens are Data Protection ciphertext, never plain text.</summary>
internal sealed class PinterestConnectionEntity
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

    public ConnectionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid Version { get; set; }
}
