namespace GraphApi.Pinterest;

/// <summary>
/// Supplies the OAuth access token for the Pinterest user on whose behalf a call is made.
/// The host implements it (typically scoped per request/user); the client asks for a token on every call.
/// </summary>
public interface IPinterestAccessTokenProvider
{
    /// <summary>Returns the bearer token to send as <c>Authorization: Bearer ...</c>.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
