namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class AuthorizationCodeEntity
{
    /// <summary>SHA-256 of the code; the code itself is never stored.</summary>
    public required string CodeHash { get; set; }
    public required string UserId { get; set; }
    public required string Scopes { get; set; }
    public required string RedirectUri { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RedeemedAt { get; set; }
}
