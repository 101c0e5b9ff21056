using GraphApi.Accounts.Callers;
using GraphApi.Admin.Integration;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links;

/// <summary>
/// The caller's Pinterest access token for this request (scoped): loaded once, refreshed ahead of expiry, and
/// refreshed once more when Pinterest rejects it.
/// </summary>
internal sealed class AccountLinkTokenSource(
    RequestAccountLink requestLink,
    IAccountLinkStore store,
    AccountLinkRefresher refresher,
    ITenantApps tenantApps,
    IOptions<PinterestOptions> options,
    TimeProvider time,
    Telemetry.GraphApiMetrics? metrics = null) : IDisposable
{
    // Loaders call Pinterest in parallel within one request, and the scoped store's DbContext allows one operation at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PinterestAccountLink? _current;

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } ready && !NeedsRefresh(ready))
        {
            return ready.Tokens.AccessToken;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var link = _current ??= await UsableAsync(await requestLink.GetAsync(cancellationToken), cancellationToken);
            if (NeedsRefresh(link))
            {
                try
                {
                    link = _current = await RefreshAsync(link, cancellationToken);
                }
                catch (PinterestRefreshUnavailableException) when (link.Tokens.AccessTokenExpiresAt > time.GetUtcNow())
                {
                    // Refreshing ahead of expiry failed, but the token still works: use it rather than fail the request.
                    return link.Tokens.AccessToken;
                }
            }

            return link.Tokens.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a 401 from Pinterest: refresh unless another request already replaced <paramref name="rejectedToken"/>.</summary>
    public async ValueTask<string> RefreshAfterRejectionAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read again, not the request's first read: another request may already have refreshed.
            var link = Usable(await store.FindAsync(_current?.Key ?? Key(await requestLink.GetAsync(cancellationToken)), cancellationToken));
            if (link.Tokens.AccessToken == rejectedToken)
            {
                link = await RefreshAsync(link, cancellationToken);
            }

            _current = link;
            return link.Tokens.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    // The answer (an attempt's, a joined one's or the cool-down's) as an event on the caller's span and, for a
    // cool-down answer, in the rate-limit metric. Runs only when a refresh is due.
    private async Task<PinterestAccountLink> RefreshAsync(PinterestAccountLink link, CancellationToken cancellationToken)
    {
        try
        {
            var refreshed = await refresher.RefreshAsync(link.Key, link.Version, cancellationToken);
            Telemetry.TokenRefreshTelemetry.Answered(metrics, refreshed);
            return refreshed;
        }
        catch (Exception ex)
        {
            Telemetry.TokenRefreshTelemetry.Answered(metrics, ex);
            throw;
        }
    }

    private bool NeedsRefresh(PinterestAccountLink link) =>
        link.Tokens.AccessTokenExpiresAt - options.Value.RefreshMargin <= time.GetUtcNow();

    private static AccountLinkKey Key((Caller? Caller, PinterestAccountLink? Link) loaded) =>
        loaded.Caller is { } caller ? AccountLinkKey.For(caller) : throw new PinterestNotConnectedException();

    /// <summary>The request's link, once its tenant's integration is known to be enabled (checked once per request).</summary>
    private async Task<PinterestAccountLink> UsableAsync((Caller? Caller, PinterestAccountLink? Link) loaded, CancellationToken cancellationToken)
    {
        if (loaded.Caller is { } caller && await tenantApps.GetAsync(caller.TenantId, cancellationToken) is { Enabled: false } app)
        {
            throw new PinterestNotConfiguredException(app.NotConfiguredMessage);
        }

        return Usable(loaded.Link);
    }

    private static PinterestAccountLink Usable(PinterestAccountLink? link) => link switch
    {
        null => throw new PinterestNotConnectedException(),
        { Status: AccountLinkStatus.ReconnectRequired } => throw new PinterestReconnectRequiredException(),
        _ => link,
    };
}
