using System.Collections.Concurrent;
using GraphApi.Accounts.Links;
namespace GraphApi.Tests.Accounts.Links.Caching;

/// <summary>Store reads per caller, counted by <see cref="CountingAccountLinkStore"/>.</summary>
public sealed class StoreReads
{
    private readonly ConcurrentDictionary<AccountLinkKey, int> _finds = new();
    private readonly ConcurrentDictionary<AccountLinkKey, int> _stamps = new();

    public int Finds(AccountLinkKey key) => _finds.GetValueOrDefault(key);

    public int Stamps(AccountLinkKey key) => _stamps.GetValueOrDefault(key);

    internal void Find(AccountLinkKey key) => _finds.AddOrUpdate(key, 1, (_, n) => n + 1);

    internal void Stamp(AccountLinkKey key) => _stamps.AddOrUpdate(key, 1, (_, n) => n + 1);
}

/// <summary>Wraps the real (EF Core) store and counts its reads, so a test can tell a cache hit from a store read.</summary>
internal sealed class CountingAccountLinkStore(IAccountLinkStore inner, StoreReads reads) : IAccountLinkStore
{
    public Task<PinterestAccountLink?> FindAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        reads.Find(key);
        return inner.FindAsync(key, cancellationToken);
    }

    public Task<AccountLinkStamp?> FindStampAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        reads.Stamp(key);
        return inner.FindStampAsync(key, cancellationToken);
    }

    public Task<PinterestAccountLink> SaveAsync(AccountLinkKey key, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.SaveAsync(key, tokens, cancellationToken);

    public Task<PinterestAccountLink?> ReplaceTokensAsync(AccountLinkKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.ReplaceTokensAsync(key, expectedVersion, tokens, cancellationToken);

    public Task MarkReconnectRequiredAsync(AccountLinkKey key, Guid expectedVersion, CancellationToken cancellationToken) =>
        inner.MarkReconnectRequiredAsync(key, expectedVersion, cancellationToken);

    public Task<bool> DeleteAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, cancellationToken);
}
