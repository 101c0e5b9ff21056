using System.Collections.Concurrent;
using GraphApi.Connections;

namespace GraphApi.Tests.Connections.Caching;

/// <summary>
/// A connection store in a dictionary that counts full reads and version checks, and can hold reads until released:
/// enough to drive <c>ConnectionCache</c> without a database.
/// </summary>
internal sealed class InMemoryConnectionStore : IPinterestConnectionStore
{
    private readonly ConcurrentDictionary<ConnectionKey, PinterestConnection> _rows = new();
    private int _finds;
    private int _stamps;

    public int Finds => Volatile.Read(ref _finds);

    public int Stamps => Volatile.Read(ref _stamps);

    /// <summary>While set, reads wait for it (after being counted).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public PinterestConnection Put(ConnectionKey key, string accessToken, ConnectionStatus status = ConnectionStatus.Connected)
    {
        var connection = new PinterestConnection(
            key,
            status,
            new PinterestTokenSet(accessToken, "refresh-" + accessToken, new HashSet<string> { "pins:read" }, DateTimeOffset.UtcNow.AddDays(30), null),
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow,
            Guid.NewGuid());
        _rows[key] = connection;
        return connection;
    }

    public void Remove(ConnectionKey key) => _rows.TryRemove(key, out _);

    public async Task<PinterestConnection?> FindAsync(ConnectionKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _finds);
        var answer = _rows.GetValueOrDefault(key); // what the database held when the read ran
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return answer;
    }

    public async Task<ConnectionStamp?> FindStampAsync(ConnectionKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _stamps);
        var answer = _rows.TryGetValue(key, out var row) ? new ConnectionStamp(row.Version, row.Status) : null;
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return answer;
    }

    public Task<PinterestConnection> SaveAsync(ConnectionKey key, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PinterestConnection?> ReplaceTokensAsync(ConnectionKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task MarkReconnectRequiredAsync(ConnectionKey key, Guid expectedVersion, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> DeleteAsync(ConnectionKey key, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
