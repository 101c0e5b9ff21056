using GraphApi.Accounts.Links;

namespace GraphApi.Accounts.Connect;

/// <summary>What the <c>state</c> parameter carries through Pinterest's consent page, encrypted and signed.</summary>
internal sealed record OAuthState(string Nonce, string TenantId, string UserId, string ReturnUrl, DateTimeOffset IssuedAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public DateTimeOffset ExpiresAt => IssuedAt + Lifetime;

    public AccountLinkKey Key => new(TenantId, UserId);
}
