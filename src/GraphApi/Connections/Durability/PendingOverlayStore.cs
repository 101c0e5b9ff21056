namespace GraphApi.Connections.Durability;

/// <summary>
/// The database store as the connection cache reads it while some refreshed tokens are unwritten: reads return the
/// unwritten set where it supersedes the stored row. Created only when <see cref="PendingTokenWrites"/> is not empty.
/// Writes pass through unchanged.
/// </summary>
internal sealed class PendingOverlayStore(IPinterestConnectionStore inner, PendingTokenWrites pending) : IPinterestConnectionStore
{
    public async Task<PinterestConnection?> FindAsync(ConnectionKey key, CancellationToken cancellationToken) =>
        pending.Overlay(key, await inner.FindAsync(key, cancellationToken));

    public async Task<ConnectionStamp?> FindStampAsync(ConnectionKey key, CancellationToken cancellationToken) =>
        pending.Overlay(key, await inner.FindStampAsync(key, cancellationToken));

    public Task<PinterestConnection> SaveAsync(ConnectionKey key, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.SaveAsync(key, tokens, cancellationToken);

    public Task<PinterestConnection?> ReplaceTokensAsync(ConnectionKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.ReplaceTokensAsync(key, expectedVersion, tokens, cancellationToken);

    public Task MarkReconnectRequiredAsync(ConnectionKey key, Guid expectedVersion, CancellationToken cancellationToken) =>
        inner.MarkReconnectRequiredAsync(key, expectedVersion, cancellationToken);

    public Task<bool> DeleteAsync(ConnectionKey key, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, cancellationToken);
}
