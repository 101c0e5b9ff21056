using GraphApi.Accounts.Links;
using GraphApi.Pinterest.OAuth;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// The three OAuth calls the connection feature makes, in its own terms (absolute expiries, a scope set): the
/// adapter over the Pinterest client owns the wire details, and tests can count or fail these calls. Each call names the
/// app it is made for: the caller's tenant's (Admin/Integration).
/// </summary>
public interface IPinterestOAuthFlow
{
    Uri BuildAuthorizationUrl(PinterestAppCredentials app, Uri redirectUri, IReadOnlyList<string> scopes, string state);

    Task<PinterestTokenSet> ExchangeCodeAsync(PinterestAppCredentials app, string code, Uri redirectUri, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="PinterestRefreshRejectedException"/> when Pinterest no longer accepts the refresh token.</summary>
    Task<PinterestTokenSet> RefreshAsync(PinterestAppCredentials app, string refreshToken, CancellationToken cancellationToken);
}
