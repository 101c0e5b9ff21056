namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>The spec's <c>OauthAccessTokenResponseClientCredentials</c>: an access token only, no refresh token.</summary>
internal sealed record ClientTokenResponse(string AccessToken, string TokenType, long ExpiresIn, string Scope, string ResponseType)
{
    public static ClientTokenResponse From(SandboxTokenSet tokens, DateTimeOffset now) => new(
        tokens.AccessToken,
        "bearer",
        (long)Math.Round((tokens.AccessTokenExpiresAt - now).TotalSeconds),
        string.Join(',', tokens.Scopes),
        "client_credentials");
}
