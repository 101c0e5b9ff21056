using GraphApi.Identity;
using Microsoft.Extensions.Options;

namespace GraphApi.Connections;

/// <summary>
/// The caller's Pinterest access token for this request (scoped): loaded once, refreshed ahead of expiry, and
/// refreshed once more when Pinterest rejects it.
/// </summary>
internal sealed class ConnectionTokenSource(
    IHttpContextAccessor httpContextAccessor,
    IPinterestConnectionStore store,
    ConnectionRefresher refresher,
    IOptions<PinterestAppOptions> options,
    TimeProvider time)
{
    private PinterestConnection? _current;

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var connection = _current ??= await LoadAsync(cancellationToken);
        if (connection.Tokens.AccessTokenExpiresAt - options.Value.RefreshMargin <= time.GetUtcNow())
        {
            connection = _current = await refresher.RefreshAsync(connection.Key, connection.Version, cancellationToken);
        }

        return connection.Tokens.AccessToken;
    }

    /// <summary>After a 401 from Pinterest: refresh unless another request already replaced <paramref name="rejectedToken"/>.</summary>
    public async ValueTask<string> RefreshAfterRejectionAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        var connection = await LoadAsync(cancellationToken);
        if (connection.Tokens.AccessToken == rejectedToken)
        {
            connection = await refresher.RefreshAsync(connection.Key, connection.Version, cancellationToken);
        }

        _current = connection;
        return connection.Tokens.AccessToken;
    }

    private async Task<PinterestConnection> LoadAsync(CancellationToken cancellationToken)
    {
        var principal = httpContextAccessor.HttpContext?.User;
        var caller = (principal is null ? null : Caller.From(principal)) ?? throw new PinterestNotConnectedException();
        var connection = await store.FindAsync(ConnectionKey.For(caller), cancellationToken) ?? throw new PinterestNotConnectedException();
        return connection.Status == ConnectionStatus.ReconnectRequired ? throw new PinterestReconnectRequiredException() : connection;
    }
}
