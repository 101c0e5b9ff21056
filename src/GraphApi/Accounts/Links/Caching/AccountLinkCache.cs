using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links.Caching;

/// <summary>
/// Callers' decrypted connections (or "not connected"), kept in process so a request does not read the store and
/// decrypt both tokens each time. Keyed by <see cref="AccountLinkKey"/> (tenant and user compared as a pair, ordinal),
/// so an entry is only ever answered to the caller it was read for. Bounded by <c>AccountLinkCache:MaxEntries</c>
/// (MemoryCache's SizeLimit: past it new entries are simply not cached), dropped after <c>IdleExpiry</c> unused, and
/// re-checked against the store's version and status after <c>RevalidateAfter</c>, so a write by another instance
/// (or straight to the database) is honoured within that interval. Writes through this process's store replace or
/// remove the entry at once (<see cref="CachingAccountLinkStore"/>).
/// </summary>
/// <remarks>
/// Holding decrypted tokens in memory is what every request already did for its own lifetime; the cache stretches that
/// to at most <c>IdleExpiry</c> after the caller's last request. It never writes them to disk or logs (the records'
/// text forms hide tokens), and it does not protect them from someone who can read this process's memory or its crash
/// dumps: such a person can also read the Data Protection keys that decrypt the store.
/// </remarks>
internal sealed class AccountLinkCache : IDisposable
{
    private readonly AccountLinkCacheOptions _options;
    private readonly TimeProvider _time;
    private readonly MemoryCache _entries;

    // One store read per caller at a time: concurrent requests of a caller whose entry is missing or due for a check
    // wait for the first one's read. Only reads in progress are held, so this is bounded by concurrent requests.
    private readonly ConcurrentDictionary<AccountLinkKey, Task<PinterestAccountLink?>> _reading = new();

    // Bumped by every write (under _gate). A read that started before a write must not put what it read into the cache
    // after the write's own update, or a disconnected caller's tokens could come back. One counter for all callers
    // keeps this bounded; the cost is that a read racing anyone's write is returned but not cached.
    private readonly Lock _gate = new();
    private long _generation;

    private readonly Telemetry.GraphApiMetrics? _metrics;

    // Several instances (docs/scale-out/shared-state.md): written links are announced to the others, announcements from
    // them drop entries by hashed key (the map below, kept only then), and the trust period can be capped to 1 s.
    private ConcurrentDictionary<string, AccountLinkKey>? _byHash;
    private Action<AccountLinkKey, Guid?>? _written;
    private long _trustTicks;

    public AccountLinkCache(IOptions<AccountLinkCacheOptions> options, TimeProvider time, Telemetry.GraphApiMetrics? metrics = null)
    {
        _metrics = metrics;
        _options = options.Value;
        _time = time;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxEntries });
        _trustTicks = _options.RevalidateAfter.Ticks;
    }

    /// <summary>
    /// Called once at start when other instances share the database: <paramref name="written"/> is told of every write
    /// made through this process (the key and its new version, null when removed), and <see cref="InvalidateHash"/> can
    /// then find entries by <see cref="Cluster.ClusterKeyHash"/>.
    /// </summary>
    public void ShareWrites(Action<AccountLinkKey, Guid?> written)
    {
        lock (_gate)
        {
            _byHash ??= new ConcurrentDictionary<string, AccountLinkKey>(StringComparer.Ordinal);
            _written = written;
        }
    }

    /// <summary>
    /// Caps how long an entry is trusted without a version check (never above <c>ConnectionCache:RevalidateAfter</c>):
    /// 1 s while writes of other instances may go unannounced (no Redis, or its subscription lost), the setting otherwise.
    /// </summary>
    public void CapTrust(TimeSpan? cap) =>
        Volatile.Write(ref _trustTicks, cap is { } c && c < _options.RevalidateAfter ? c.Ticks : _options.RevalidateAfter.Ticks);

    /// <summary>Another instance wrote the link with this hash: whatever this one holds or is reading for it is not used again.</summary>
    public void InvalidateHash(string hash)
    {
        lock (_gate)
        {
            // Bumped even when nothing is cached for it: a read in progress may have fetched the row before that write.
            _generation++;
            if (_byHash is not null && _byHash.TryGetValue(hash, out var key))
            {
                Forget(key);
            }
        }
    }

    /// <summary>Messages from other instances may have been missed (a lost subscription): nothing cached is used again.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _generation++;
            _entries.Clear();
            _reading.Clear();
            _byHash?.Clear();
        }
    }

    /// <summary>After a write in this process that changed or removed the link: forgotten here, announced to the other instances.</summary>
    public void Written(AccountLinkKey key, Guid? version)
    {
        lock (_gate)
        {
            Forget(key);
        }

        _written?.Invoke(key, version);
    }

    public bool Enabled => _options.Enabled;

    /// <summary>Entries held now (for tests and diagnostics).</summary>
    public int Count => _entries.Count;

    public long Generation => Volatile.Read(ref _generation);

    /// <summary>The caller's link: from the cache while fresh, else after a version check or a full read of <paramref name="store"/>.</summary>
    public async Task<PinterestAccountLink?> GetAsync(AccountLinkKey key, IAccountLinkStore store, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return await store.FindAsync(key, cancellationToken);
        }

        _entries.TryGetValue(key, out CachedAccountLink? cached);
        if (cached is not null && IsFresh(cached))
        {
            _metrics?.CacheLookup("connection", hit: true);
            return cached.Link;
        }

        // Missing, or due for its version check: either way this request waits for the store.
        _metrics?.CacheLookup("connection", hit: false);

        var mine = new TaskCompletionSource<PinterestAccountLink?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = _reading.GetOrAdd(key, mine.Task);
        if (reading != mine.Task)
        {
            try
            {
                return await reading.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The request doing the read was cancelled, not this one: read for ourselves.
                return await ReadAsync(key, cached, store, cancellationToken);
            }
        }

        try
        {
            var link = await ReadAsync(key, cached, store, cancellationToken);
            mine.SetResult(link);
            return link;
        }
        catch (OperationCanceledException)
        {
            mine.SetCanceled(CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            mine.SetException(exception);
            _ = mine.Task.Exception; // observed here, whether or not another request was waiting
            throw;
        }
        finally
        {
            _reading.TryRemove(KeyValuePair.Create(key, mine.Task));
        }
    }

    /// <summary>Caches what a read that started at <paramref name="generation"/> found, unless a write happened since.</summary>
    public void Offer(AccountLinkKey key, PinterestAccountLink? link, long generation)
    {
        if (!_options.Enabled)
        {
            return;
        }

        lock (_gate)
        {
            if (_generation == generation)
            {
                Put(key, link);
            }
        }
    }

    /// <summary>After a write in this process: the written link replaces whatever was cached or being read.</summary>
    public void Replace(AccountLinkKey key, PinterestAccountLink link)
    {
        lock (_gate)
        {
            Forget(key);
            if (_options.Enabled)
            {
                Put(key, link);
            }
        }

        _written?.Invoke(key, link.Version);
    }

    /// <summary>
    /// After a write that may have raced another (two connects of one user both succeed, the last one wins in the
    /// store): the written link is cached only when no write happened since <paramref name="generation"/>, else nothing is,
    /// and the next read fetches whichever write won.
    /// </summary>
    public void ReplaceIfNoWriteSince(AccountLinkKey key, PinterestAccountLink link, long generation)
    {
        lock (_gate)
        {
            var unchanged = _generation == generation;
            Forget(key);
            if (unchanged && _options.Enabled)
            {
                Put(key, link);
            }
        }

        _written?.Invoke(key, link.Version);
    }

    /// <summary>Before and after a write in this process: nothing cached or being read for the caller is used again.</summary>
    public void Invalidate(AccountLinkKey key)
    {
        lock (_gate)
        {
            Forget(key);
        }
    }

    public void Dispose() => _entries.Dispose();

    private async Task<PinterestAccountLink?> ReadAsync(AccountLinkKey key, CachedAccountLink? cached, IAccountLinkStore store, CancellationToken cancellationToken)
    {
        var generation = Generation;
        PinterestAccountLink? link;
        if (cached is null)
        {
            link = await store.FindAsync(key, cancellationToken);
        }
        else
        {
            // Every write sets a new version, so an equal version and status means the cached tokens are the stored ones.
            var stamp = await store.FindStampAsync(key, cancellationToken);
            link = (stamp, cached.Link) switch
            {
                (null, _) => null,
                ({ } s, { } c) when s.Version == c.Version && s.Status == c.Status => c,
                _ => await store.FindAsync(key, cancellationToken),
            };
        }

        Offer(key, link, generation);
        return link;
    }

    private bool IsFresh(CachedAccountLink cached)
    {
        var age = _time.GetUtcNow() - cached.CheckedAt;
        return age >= TimeSpan.Zero && age.Ticks < Volatile.Read(ref _trustTicks);
    }

    private void Forget(AccountLinkKey key)
    {
        _generation++;
        _entries.Remove(key);
        _reading.TryRemove(key, out _);
    }

    private void Put(AccountLinkKey key, PinterestAccountLink? link)
    {
        // Remove first: an update refused for lack of room must not leave the previous value in place.
        _entries.Remove(key);
        var entry = new MemoryCacheEntryOptions
        {
            Size = 1,
            SlidingExpiration = _options.IdleExpiry,
        };
        if (_byHash is not null)
        {
            var hash = Cluster.ClusterKeyHash.Of(key);
            _byHash[hash] = key;
            entry.RegisterPostEvictionCallback(static (evicted, _, _, state) => ((AccountLinkCache)((object[])state!)[0]).Unmap((AccountLinkKey)evicted, (string)((object[])state!)[1]), new object[] { this, hash });
        }

        _entries.Set(key, new CachedAccountLink(link, _time.GetUtcNow()), entry);
    }

    // Under the gate, as Put is: an entry put again for the key after this one was evicted keeps its mapping.
    private void Unmap(AccountLinkKey key, string hash)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out _))
            {
                _byHash?.TryRemove(KeyValuePair.Create(hash, key));
            }
        }
    }

    private sealed record CachedAccountLink(PinterestAccountLink? Link, DateTimeOffset CheckedAt);
}
