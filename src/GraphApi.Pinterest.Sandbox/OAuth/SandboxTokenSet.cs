namespace GraphApi.Pinterest.Sandbox;

/// <summary>An access/refresh token pair as the token endpoint would return it.</summary>
public sealed record SandboxTokenSet(
    string Username,
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    IReadOnlyList<string> Scopes);
