namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class TokenEntity
{
    /// <summary>SHA-256 of the token; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }
    public required string Kind { get; set; }
    public required string UserId { get; set; }
    public required string Scopes { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public const string Access = "access";
    public const string Refresh = "refresh";
}
