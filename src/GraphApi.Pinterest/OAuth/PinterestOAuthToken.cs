using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.OAuth;

/// <summary>
/// Token response of <c>POST /oauth/token</c> (<c>OauthAccessTokenResponse</c> and its variants).
/// <see cref="ToString"/> leaves the tokens out so the record can be logged.
/// </summary>
public sealed record PinterestOAuthToken
{
    /// <summary>The access token (<c>pina_…</c> for users).</summary>
    public string AccessToken { get; init; } = string.Empty;

    /// <summary>Token type, <c>bearer</c>.</summary>
    public string TokenType { get; init; } = "bearer";

    /// <summary>Access-token lifetime in seconds (30 days today).</summary>
    public long ExpiresIn { get; init; }

    /// <summary>Granted scopes, comma-separated: every scope the user ever granted the app, not only this request's.</summary>
    public string Scope { get; init; } = string.Empty;

    /// <summary>Which grant produced it: <c>authorization_code</c>, <c>refresh_token</c>, <c>client_credentials</c>, …</summary>
    public string? ResponseType { get; init; }

    /// <summary>Refresh token (<c>pinr.…</c>); it rotates, so store each new one.</summary>
    public string? RefreshToken { get; init; }

    /// <summary>Refresh-token lifetime in seconds (60 days for continuous refresh).</summary>
    public long? RefreshTokenExpiresIn { get; init; }

    /// <summary>Refresh-token expiry as Unix seconds.</summary>
    public long? RefreshTokenExpiresAt { get; init; }

    /// <summary>The granted scopes, split.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Scopes => Scope.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>When the access token expires, counted from <paramref name="issuedAt"/>.</summary>
    public DateTimeOffset AccessTokenExpiresAt(DateTimeOffset issuedAt) => issuedAt.AddSeconds(ExpiresIn);

    /// <summary>When the refresh token expires: the absolute time if sent, else counted from <paramref name="issuedAt"/>.</summary>
    public DateTimeOffset? RefreshTokenExpiresAtUtc(DateTimeOffset issuedAt) =>
        RefreshTokenExpiresAt is { } at ? DateTimeOffset.FromUnixTimeSeconds(at)
        : RefreshTokenExpiresIn is { } seconds ? issuedAt.AddSeconds(seconds)
        : null;

    /// <summary>Describes the token without its secrets.</summary>
    public override string ToString() =>
        $"PinterestOAuthToken {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, Scope = {Scope}, ResponseType = {ResponseType}, RefreshTokenExpiresIn = {RefreshTokenExpiresIn} }}";
}
