using GraphApi.Accounts.Links;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// A consent that came back through the callback but is not linked yet: bound to the caller who started the flow,
/// holding the authorization code (encrypted at rest) and the redirect URI the code was issued for.
/// </summary>
internal sealed record PendingCompletion(
    string IdHash, AccountLinkKey Caller, string Code, Uri RedirectUri, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>How long the app has to complete; also the longest an authorization code should live (RFC 6749 §4.1.2).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public override string ToString() => $"PendingCompletion {{ Caller = {Caller}, ExpiresAt = {ExpiresAt:O} }}";
}
