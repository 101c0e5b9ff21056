namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>The spec's <c>OauthAccessTokenResponseCode</c> / <c>OauthAccessTokenResponseRefresh</c>.</summary>
internal sealed record TokenResponse(
    string AccessToken,
    string TokenType,
    long ExpiresIn,
    string Scope,
    string RefreshToken,
    long RefreshTokenExpiresIn,
    long RefreshTokenExpiresAt,
    string ResponseType)
{
    public static TokenResponse From(SandboxTokenSet tokens, string responseType, DateTimeOffset now) => new(
        tokens.AccessToken,
        "bearer",
        Seconds(tokens.AccessTokenExpiresAt - now),
        string.Join(',', tokens.Scopes),
        tokens.RefreshToken,
        Seconds(tokens.RefreshTokenExpiresAt - now),
        tokens.RefreshTokenExpiresAt.ToUnixTimeSeconds(),
        responseType);

    // Rounded, because the clock moves a little between issuing and answering.
    private static long Seconds(TimeSpan span) => (long)Math.Round(span.TotalSeconds);
}
