namespace GraphApi.Pinterest.OAuth;

/// <summary>
/// Pinterest's OAuth 2.0 endpoints (tag <c>oauth</c>). The token endpoint authenticates the app with HTTP Basic
/// (<c>ClientId</c>:<c>ClientSecret</c> from the options) and takes a form-urlencoded body.
/// </summary>
public interface IPinterestOAuthClient
{
    /// <summary>Builds the consent-page URL with <c>response_type=code</c>.</summary>
    Uri BuildAuthorizationUrl(AuthorizationUrlRequest request);

    /// <summary>Exchanges an authorization code for tokens (<c>oauth/token</c>, <c>authorization_code</c>).</summary>
    Task<PinterestOAuthToken> ExchangeCodeAsync(ExchangeCodeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Refreshes tokens; the response carries a new refresh token to store (<c>oauth/token</c>, <c>refresh_token</c>).</summary>
    Task<PinterestOAuthToken> RefreshAsync(RefreshTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets an app-owner token (<c>oauth/token</c>, <c>client_credentials</c>).</summary>
    Task<PinterestOAuthToken> RequestClientCredentialsTokenAsync(ClientCredentialsTokenRequest request, CancellationToken cancellationToken = default);
}
