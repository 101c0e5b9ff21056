namespace GraphApi.Connections.Caching;

/// <summary>
/// The store every component uses (scoped): it passes reads and writes to the database store and keeps
/// <see cref="ConnectionCache"/> in step. <see cref="FindAsync"/> stays an authoritative read (the refresher and the
/// 401 path need the stored truth); only <see cref="FindCachedAsync"/>, the once-per-request read, may answer from
/// the cache. Each write invalidates the caller's entry before it starts (so a read racing it is not cached) and
/// replaces or removes it once done.
/// </summary>
internal sealed class CachingPinterestConnectionStore(
    [FromKeyedServices(CachingPinterestConnectionStore.InnerKey)] IPinterestConnectionStore inner,
    ConnectionCache cache) : IPinterestConnectionStore
{
    /// <summary>The service key of the store this one wraps (the EF Core store).</summary>
    public const string InnerKey = "GraphApi.Connections.Storage";

    public Task<PinterestConnection?> FindCachedAsync(ConnectionKey key, CancellationToken cancellationToken) =>
        cache.GetAsync(key, inner, cancellationToken);

    public async Task<PinterestConnection?> FindAsync(ConnectionKey key, CancellationToken cancellationToken)
    {
        var generation = cache.Generation;
        var connection = await inner.FindAsync(key, cancellationToken);
        cache.Offer(key, connection, generation);
        return connection;
    }

    public Task<ConnectionStamp?> FindStampAsync(ConnectionKey key, CancellationToken cancellationToken) =>
        inner.FindStampAsync(key, cancellationToken);

    public async Task<PinterestConnection> SaveAsync(ConnectionKey key, PinterestTokenSet tokens, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        var connection = await inner.SaveAsync(key, tokens, cancellationToken);
        cache.Replace(key, connection);
        return connection;
    }

    public async Task<PinterestConnection?> ReplaceTokensAsync(ConnectionKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        var connection = await inner.ReplaceTokensAsync(key, expectedVersion, tokens, cancellationToken);
        if (connection is null)
        {
            // Lost the race: someone else wrote a newer version; the next read fetches it.
            cache.Invalidate(key);
        }
        else
        {
            cache.Replace(key, connection);
        }

        return connection;
    }

    public async Task MarkReconnectRequiredAsync(ConnectionKey key, Guid expectedVersion, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        await inner.MarkReconnectRequiredAsync(key, expectedVersion, cancellationToken);
        cache.Invalidate(key);
    }

    public async Task<bool> DeleteAsync(ConnectionKey key, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        var deleted = await inner.DeleteAsync(key, cancellationToken);
        cache.Invalidate(key);
        return deleted;
    }
}
