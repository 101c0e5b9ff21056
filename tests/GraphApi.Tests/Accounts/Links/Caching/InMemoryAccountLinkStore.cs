using System.Collections.Concurrent;
using GraphApi.Accounts.Links;
namespace GraphApi.Tests.Accounts.Links.Caching;

/// <summary>
/// A connection store in a dictionary that counts full reads and version checks, and can hold reads until released:
/// enough to drive <c>AccountLinkCache</c> without a database.
/// </summary>
internal sealed class InMemoryAccountLinkStore : IAccountLinkStore
{
    private readonly ConcurrentDictionary<AccountLinkKey, PinterestAccountLink> _rows = new();
    private int _finds;
    private int _stamps;

    public int Finds => Volatile.Read(ref _finds);

    public int Stamps => Volatile.Read(ref _stamps);

    /// <summary>While set, reads wait for it (after being counted).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public PinterestAccountLink Put(AccountLinkKey key, string accessToken, AccountLinkStatus status = AccountLinkStatus.Connected)
    {
        var connection = new PinterestAccountLink(
            key,
            status,
            new PinterestTokenSet(accessToken, "refresh-" + accessToken, new HashSet<string> { "pins:read" }, DateTimeOffset.UtcNow.AddDays(30), null),
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow,
            Guid.NewGuid());
        _rows[key] = connection;
        return connection;
    }

    public void Remove(AccountLinkKey key) => _rows.TryRemove(key, out _);

    public async Task<PinterestAccountLink?> FindAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _finds);
        var answer = _rows.GetValueOrDefault(key); // what the database held when the read ran
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return answer;
    }

    public async Task<AccountLinkStamp?> FindStampAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _stamps);
        var answer = _rows.TryGetValue(key, out var row) ? new AccountLinkStamp(row.Version, row.Status) : null;
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return answer;
    }

    public Task<PinterestAccountLink> SaveAsync(AccountLinkKey key, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PinterestAccountLink?> ReplaceTokensAsync(AccountLinkKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task MarkReconnectRequiredAsync(AccountLinkKey key, Guid expectedVersion, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> DeleteAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
