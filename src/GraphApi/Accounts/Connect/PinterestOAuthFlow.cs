using System.Net;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.OAuth;

namespace GraphApi.Accounts.Connect;

/// <summary>The connection feature's OAuth calls, made with the typed Pinterest client.</summary>
internal sealed class PinterestOAuthFlow(IPinterestOAuthClient client, TimeProvider time, Telemetry.GraphApiMetrics? metrics = null) : IPinterestOAuthFlow
{
    public Uri BuildAuthorizationUrl(PinterestAppCredentials app, Uri redirectUri, IReadOnlyList<string> scopes, string state) =>
        client.BuildAuthorizationUrl(new AuthorizationUrlRequest { RedirectUri = redirectUri, Scopes = scopes, State = state, App = app });

    public async Task<PinterestTokenSet> ExchangeCodeAsync(PinterestAppCredentials app, string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var issuedAt = time.GetUtcNow();
        var token = await client.ExchangeCodeAsync(new ExchangeCodeRequest { Code = code, RedirectUri = redirectUri, ContinuousRefresh = true, App = app }, cancellationToken);
        return ToTokenSet(token, issuedAt);
    }

    public async Task<PinterestTokenSet> RefreshAsync(PinterestAppCredentials app, string refreshToken, CancellationToken cancellationToken)
    {
        var issuedAt = time.GetUtcNow();
        try
        {
            var token = await client.RefreshAsync(new RefreshTokenRequest { RefreshToken = refreshToken, ContinuousRefresh = true, App = app }, cancellationToken);
            var tokens = ToTokenSet(token, issuedAt);
            metrics?.TokenRefresh(Telemetry.GraphApiMetrics.RefreshOutcomes.Success);
            return tokens;
        }
        catch (PinterestApiException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
        {
            metrics?.TokenRefresh(Telemetry.GraphApiMetrics.RefreshOutcomes.Rejected);
            // Pinterest v5 has no invalid_grant body; any 400/401 on refresh means the refresh token is dead.
            throw new PinterestRefreshRejectedException($"Pinterest refused the refresh token ({(int)ex.StatusCode!}, request id {ex.RequestId}).", ex);
        }
        catch (Exception) when (metrics is not null)
        {
            // Not caught: only counted (5xx, timeouts, network, a malformed answer).
            metrics.TokenRefresh(Telemetry.GraphApiMetrics.RefreshOutcomes.Failed);
            throw;
        }
    }

    private static PinterestTokenSet ToTokenSet(PinterestOAuthToken token, DateTimeOffset issuedAt) => new(
        token.AccessToken,
        token.RefreshToken ?? throw new PinterestApiException("Pinterest's token response has no refresh token: the app cannot keep the connection alive."),
        token.Scopes.ToHashSet(StringComparer.Ordinal),
        token.AccessTokenExpiresAt(issuedAt),
        token.RefreshTokenExpiresAtUtc(issuedAt));
}
