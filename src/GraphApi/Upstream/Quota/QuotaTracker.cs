using System.Collections.Concurrent;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Http;
using Microsoft.Extensions.Options;

namespace GraphApi.Upstream.Quota;

/// <summary>
/// The latest Pinterest quota per connection (tenant, user) and category, in process. Bounded: past
/// <see cref="QuotaOptions.MaxConnections"/> a sweep drops idle connections and then the least recently updated tenth,
/// so an insert costs O(log n) amortised and the table returns under its cap. The happy path is one dictionary
/// lookup and one per-connection lock; no global lock. Only answers to a caller's own calls update their entry.
/// </summary>
internal sealed class QuotaTracker(IOptions<QuotaOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<AccountLinkKey, AccountLinkQuota> _entries = new();
    private int _count;
    private int _sweeping;

    /// <summary>Connections held now (a concurrent insert may pass the cap until its sweep finishes).</summary>
    public int Count => Volatile.Read(ref _count);

    public DateTimeOffset Now => time.GetUtcNow();

    public void Record(AccountLinkKey key, in PinterestQuotaObservation observation)
    {
        if (!observation.HasQuota)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = Add(key, now);
        }

        entry.Record(observation, now);
    }

    /// <summary>Every category's last reading for the connection, by category; empty before its first call or once idle.</summary>
    public IReadOnlyList<QuotaReading> Read(AccountLinkKey key) => Live(key) is { } entry ? entry.Snapshot() : [];

    /// <summary>The category's last reading, if the connection is tracked.</summary>
    public QuotaReading? Find(AccountLinkKey key, string category) => Live(key)?.Find(category);

    private AccountLinkQuota? Live(AccountLinkKey key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.LastSeen + options.Value.IdleExpiry > time.GetUtcNow())
        {
            return entry;
        }

        Remove(key, entry);
        return null;
    }

    private AccountLinkQuota Add(AccountLinkKey key, DateTimeOffset now)
    {
        var created = new AccountLinkQuota(now);
        while (true)
        {
            if (_entries.TryAdd(key, created))
            {
                if (Interlocked.Increment(ref _count) > options.Value.MaxConnections)
                {
                    Sweep(now);
                }

                return created;
            }

            if (_entries.TryGetValue(key, out var existing))
            {
                return existing;
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        // One sweep at a time; inserts that race it are swept by the next insert past the cap.
        if (Interlocked.CompareExchange(ref _sweeping, 1, 0) != 0)
        {
            return;
        }

        try
        {
            var limits = options.Value;
            var snapshot = _entries.ToArray();
            foreach (var (key, entry) in snapshot)
            {
                if (entry.LastSeen + limits.IdleExpiry <= now)
                {
                    Remove(key, entry);
                }
            }

            var target = limits.MaxConnections - Math.Max(1, limits.MaxConnections / 10);
            var excess = Count - target;
            if (excess <= 0 || Count <= limits.MaxConnections)
            {
                return;
            }

            foreach (var (key, entry) in snapshot.Where(e => e.Value.LastSeen + limits.IdleExpiry > now).OrderBy(e => e.Value.LastSeen).Take(excess))
            {
                Remove(key, entry);
            }
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    private void Remove(AccountLinkKey key, AccountLinkQuota entry)
    {
        if (_entries.TryRemove(new KeyValuePair<AccountLinkKey, AccountLinkQuota>(key, entry)))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
