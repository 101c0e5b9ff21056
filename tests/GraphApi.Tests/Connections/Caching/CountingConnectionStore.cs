using System.Collections.Concurrent;
using GraphApi.Connections;

namespace GraphApi.Tests.Connections.Caching;

/// <summary>Store reads per caller, counted by <see cref="CountingConnectionStore"/>.</summary>
public sealed class StoreReads
{
    private readonly ConcurrentDictionary<ConnectionKey, int> _finds = new();
    private readonly ConcurrentDictionary<ConnectionKey, int> _stamps = new();

    public int Finds(ConnectionKey key) => _finds.GetValueOrDefault(key);

    public int Stamps(ConnectionKey key) => _stamps.GetValueOrDefault(key);

    internal void Find(ConnectionKey key) => _finds.AddOrUpdate(key, 1, (_, n) => n + 1);

    internal void Stamp(ConnectionKey key) => _stamps.AddOrUpdate(key, 1, (_, n) => n + 1);
}

/// <summary>Wraps the real (EF Core) store and counts its reads, so a test can tell a cache hit from a store read.</summary>
internal sealed class CountingConnectionStore(IPinterestConnectionStore inner, StoreReads reads) : IPinterestConnectionStore
{
    public Task<PinterestConnection?> FindAsync(ConnectionKey key, CancellationToken cancellationToken)
    {
        reads.Find(key);
        return inner.FindAsync(key, cancellationToken);
    }

    public Task<ConnectionStamp?> FindStampAsync(ConnectionKey key, CancellationToken cancellationToken)
    {
        reads.Stamp(key);
        return inner.FindStampAsync(key, cancellationToken);
    }

    public Task<PinterestConnection> SaveAsync(ConnectionKey key, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.SaveAsync(key, tokens, cancellationToken);

    public Task<PinterestConnection?> ReplaceTokensAsync(ConnectionKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.ReplaceTokensAsync(key, expectedVersion, tokens, cancellationToken);

    public Task MarkReconnectRequiredAsync(ConnectionKey key, Guid expectedVersion, CancellationToken cancellationToken) =>
        inner.MarkReconnectRequiredAsync(key, expectedVersion, cancellationToken);

    public Task<bool> DeleteAsync(ConnectionKey key, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, cancellationToken);
}
