namespace GraphApi.Accounts.Connect;

/// <summary>The row of a pending completion. The id is stored as its SHA-256 and the code as Data Protection ciphertext.</summary>
internal sealed class PendingConnectCompletionEntity
{
    public required string IdHash { get; set; }

    public required string TenantId { get; set; }

    public required string UserId { get; set; }

    public required string ProtectedCode { get; set; }

    public required string RedirectUri { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
