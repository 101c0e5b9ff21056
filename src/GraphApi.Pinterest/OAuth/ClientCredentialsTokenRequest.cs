namespace GraphApi.Pinterest.OAuth;

/// <summary>
/// The <c>client_credentials</c> grant (<c>OauthAccessTokenRequestClientCredentials</c>): a token that acts as
/// the app owner's own account, never for other users.
/// </summary>
public sealed record ClientCredentialsTokenRequest
{
    /// <summary>Scopes to ask for; sent comma-separated.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The app that authenticates on the token endpoint; null: the configured app.</summary>
    public PinterestAppCredentials? App { get; init; }
}
