using GraphQL.DataLoader;

namespace GraphApi.DataLoading;

/// <summary>
/// A per-request loader on GraphQL.NET's core <see cref="IDataLoaderResult"/>: <see cref="Load"/> only records the
/// key (same key, same pending result: dedup and cache); the first <c>GetResultAsync</c> of a batch closes it and
/// makes one fetch for every key recorded so far. Register subclasses as scoped services.
/// </summary>
public abstract class DataLoader<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, PendingLoad<TKey, TValue>> _cache = [];
    private LoadBatch<TKey, TValue>? _open;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            _open ??= new LoadBatch<TKey, TValue>(this);
            var pending = new PendingLoad<TKey, TValue>(key, _open);
            _open.Keys.Add(key);
            _cache[key] = pending;
            return pending;
        }
    }

    /// <summary>Puts a known value in the cache (e.g. the entity a mutation just wrote), replacing any cached load.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            _cache[key] = PendingLoad<TKey, TValue>.Known(key, value);
        }
    }

    /// <summary>Forgets a key, so the next load fetches it again (e.g. after a delete or a change elsewhere).</summary>
    public void Clear(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    /// <summary>Fetches <paramref name="keys"/> and records each key's value or failure; a key left unset loads as null.</summary>
    protected internal abstract Task FetchAsync(IReadOnlyList<TKey> keys, LoadResults<TKey, TValue> results, CancellationToken cancellationToken);

    internal void Close(LoadBatch<TKey, TValue> batch)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_open, batch))
            {
                _open = null;
            }
        }
    }
}
