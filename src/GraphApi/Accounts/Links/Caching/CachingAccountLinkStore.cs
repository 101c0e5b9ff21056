using GraphApi.Accounts.Links.Durability;
namespace GraphApi.Accounts.Links.Caching;

/// <summary>
/// The store every component uses (scoped): it passes reads and writes to the database store and keeps
/// <see cref="AccountLinkCache"/> in step. <see cref="FindAsync"/> stays an authoritative read (the refresher and the
/// 401 path need the stored truth); only <see cref="FindCachedAsync"/>, the once-per-request read, may answer from
/// the cache. Each write invalidates the caller's entry before it starts (so a read racing it is not cached) and
/// replaces or removes it once done.
/// </summary>
/// <remarks>
/// Reads also see refreshed tokens the database has not taken yet (<see cref="PendingTokenWrites"/>, normally empty:
/// one emptiness check per read), so a rotated refresh token is used, not the revoked one still in the database.
/// </remarks>
internal sealed class CachingAccountLinkStore(
    [FromKeyedServices(CachingAccountLinkStore.InnerKey)] IAccountLinkStore inner,
    AccountLinkCache cache,
    PendingTokenWrites pending) : IAccountLinkStore
{
    /// <summary>The service key of the store this one wraps (the EF Core store).</summary>
    public const string InnerKey = "GraphApi.Accounts.Links.Storage";

    public Task<PinterestAccountLink?> FindCachedAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        cache.GetAsync(key, pending.IsEmpty ? inner : new PendingOverlayStore(inner, pending), cancellationToken);

    public async Task<PinterestAccountLink?> FindAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        var generation = cache.Generation;
        var link = pending.Overlay(key, await inner.FindAsync(key, cancellationToken));
        cache.Offer(key, link, generation);
        return link;
    }

    public async Task<AccountLinkStamp?> FindStampAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        pending.Overlay(key, await inner.FindStampAsync(key, cancellationToken));

    public async Task<PinterestAccountLink> SaveAsync(AccountLinkKey key, PinterestTokenSet tokens, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        var generation = cache.Generation;
        var link = await inner.SaveAsync(key, tokens, cancellationToken);
        cache.ReplaceIfNoWriteSince(key, link, generation);
        WakeWriterIfPending(key);
        return link;
    }

    public async Task<PinterestAccountLink?> ReplaceTokensAsync(AccountLinkKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        var link = await inner.ReplaceTokensAsync(key, expectedVersion, tokens, cancellationToken);
        if (link is null)
        {
            // Lost the race: someone else wrote a newer version (and announced it); the next read fetches it.
            cache.Invalidate(key);
        }
        else
        {
            cache.Replace(key, link);
        }

        return link;
    }

    public async Task MarkReconnectRequiredAsync(AccountLinkKey key, Guid expectedVersion, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        await inner.MarkReconnectRequiredAsync(key, expectedVersion, cancellationToken);
        cache.Written(key, version: null);
    }

    public async Task<bool> DeleteAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        cache.Invalidate(key);
        var deleted = await inner.DeleteAsync(key, cancellationToken);
        cache.Written(key, version: null);
        WakeWriterIfPending(key);
        return deleted;
    }

    // A reconnect or disconnect makes unwritten refreshed tokens obsolete: the writer's versioned update now fails
    // and it discards them (and their journal entry) at once instead of at its next backoff.
    private void WakeWriterIfPending(AccountLinkKey key)
    {
        if (pending.TryGet(key, out var write))
        {
            write.RetryNow();
            pending.Wake();
        }
    }
}
