namespace GraphApi.Accounts.Links;

/// <summary>What Pinterest granted: tokens, scopes and both expiries. Its text form never shows a token.</summary>
public sealed record PinterestTokenSet(
    string AccessToken,
    string RefreshToken,
    IReadOnlySet<string> Scopes,
    DateTimeOffset AccessTokenExpiresAt,
    DateTimeOffset? RefreshTokenExpiresAt)
{
    public override string ToString() =>
        $"PinterestTokenSet {{ Scopes = {string.Join(' ', Scopes.Order(StringComparer.Ordinal))}, AccessTokenExpiresAt = {AccessTokenExpiresAt:O}, RefreshTokenExpiresAt = {RefreshTokenExpiresAt:O} }}";
}
