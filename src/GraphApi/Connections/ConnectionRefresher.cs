using System.Collections.Concurrent;

namespace GraphApi.Connections;

/// <summary>
/// Refreshes a connection's tokens single-flight: concurrent requests on one expired token wait for one refresh
/// call and reuse its result. Across gateway instances the store's versioned update keeps the rotated refresh
/// token from being overwritten by a slower refresh.
/// </summary>
internal sealed partial class ConnectionRefresher(IServiceScopeFactory scopes, ILogger<ConnectionRefresher> logger)
{
    private readonly ConcurrentDictionary<ConnectionKey, SemaphoreSlim> _gates = new();

    // seenVersion: the version the caller found stale; if the stored one differs, someone already refreshed.
    public async Task<PinterestConnection> RefreshAsync(ConnectionKey key, Guid seenVersion, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IPinterestConnectionStore>();
            var current = await store.FindAsync(key, CancellationToken.None) ?? throw new PinterestNotConnectedException();
            if (current.Status == ConnectionStatus.ReconnectRequired)
            {
                throw new PinterestReconnectRequiredException();
            }

            if (current.Version != seenVersion)
            {
                return current;
            }

            // Not the request's token: once Pinterest has rotated the refresh token, an aborted request must not stop
            // the new one from being saved, or the connection would be lost. The client's own timeouts bound this.
            PinterestTokenSet tokens;
            try
            {
                tokens = await scope.ServiceProvider.GetRequiredService<IPinterestOAuthFlow>().RefreshAsync(current.Tokens.RefreshToken, CancellationToken.None);
            }
            catch (PinterestRefreshRejectedException)
            {
                await store.MarkReconnectRequiredAsync(key, current.Version, CancellationToken.None);
                LogReconnectRequired(logger, key.TenantId, key.UserId);
                throw new PinterestReconnectRequiredException();
            }

            LogRefreshed(logger, key.TenantId, key.UserId, tokens.AccessTokenExpiresAt);
            return await store.ReplaceTokensAsync(key, current.Version, tokens, CancellationToken.None)
                ?? await store.FindAsync(key, CancellationToken.None)
                ?? throw new PinterestNotConnectedException();
        }
        finally
        {
            gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed Pinterest tokens for tenant '{TenantId}' user '{UserId}'; the access token now expires at {ExpiresAt:O}")]
    private static partial void LogRefreshed(ILogger logger, string tenantId, string userId, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest refused the refresh token of tenant '{TenantId}' user '{UserId}': the connection needs a new consent")]
    private static partial void LogReconnectRequired(ILogger logger, string tenantId, string userId);
}
