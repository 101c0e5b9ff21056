using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>
/// In-process locks per key, so concurrent retries in one instance wait for the first instead of failing. An entry
/// lives only while a request uses it (reference-counted, removed at zero) and the table is capped
/// (<see cref="IdempotencyOptions.MaxLockedKeys"/>): ConcurrentDictionary + GetOrAdd cannot remove an entry safely
/// while another thread may be about to wait on it, hence the plain dictionary under one short lock.
/// </summary>
internal sealed class IdempotencyKeyLocks(IOptions<IdempotencyOptions> options)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly int _max = options.Value.MaxLockedKeys;

    /// <summary>Keys with a lock right now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Waits for the key's lock; null (no wait) when the table is full, which leaves the database as the only guard.</summary>
    public async Task<IDisposable?> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry? entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry))
            {
                if (_entries.Count >= _max)
                {
                    return null;
                }

                entry = new Entry();
                _entries.Add(key, entry);
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Lease(this, key, entry);
    }

    private void Leave(string key, Entry entry)
    {
        lock (_gate)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(IdempotencyKeyLocks owner, string key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(key, entry);
            }
        }
    }
}
