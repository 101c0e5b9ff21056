using GraphApi.Accounts.Links;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// The three OAuth calls the connection feature makes, in its own terms (absolute expiries, a scope set): the
/// adapter over the Pinterest client owns the wire details, and tests can count or fail these calls.
/// </summary>
public interface IPinterestOAuthFlow
{
    Uri BuildAuthorizationUrl(Uri redirectUri, IReadOnlyList<string> scopes, string state);

    Task<PinterestTokenSet> ExchangeCodeAsync(string code, Uri redirectUri, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="PinterestRefreshRejectedException"/> when Pinterest no longer accepts the refresh token.</summary>
    Task<PinterestTokenSet> RefreshAsync(string refreshToken, CancellationToken cancellationToken);
}
