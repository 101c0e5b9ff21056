namespace GraphApi.Execution.Cost;

/// <summary>
/// The cost of one selection set on one object type, per resolve of its parent, kept by kind so that a parent can
/// multiply it by its item count and dedup what must be deduped: calls per resolve and batch keys scale, keys known
/// from arguments do not (the loader fetches each once per request). Arithmetic saturates at <see cref="Cap"/>, so
/// no document can overflow it.
/// </summary>
internal sealed class CostVector
{
    public const double Cap = 1e15;

    public static readonly CostVector Empty = new();

    private Dictionary<string, HashSet<string>>? _keys;
    private Dictionary<string, BatchBucket>? _batches;

    /// <summary>Calls made once per resolve (pages, writes, parent-keyed loads).</summary>
    public double Calls { get; private set; }

    /// <summary>Root mutation fields.</summary>
    public double Writes { get; private set; }

    /// <summary>The rate-limit categories the calls can fall in.</summary>
    public UpstreamCategories Categories { get; private set; }

    public void AddCategory(UpstreamCategories category) => Categories |= category;

    public void AddCall() => Calls = Saturate(Calls + 1);

    public void AddWrite() => Writes = Saturate(Writes + 1);

    public void AddKey(LoaderKey key)
    {
        _keys ??= new(StringComparer.Ordinal);
        if (!_keys.TryGetValue(key.Loader, out var set))
        {
            _keys[key.Loader] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(key.Key);
    }

    /// <summary>One occurrence of a batched field in the document, resolved once per parent.</summary>
    public void AddBatchKey(string bucket, int batchSize) => AddBucket(bucket, new BatchBucket(1, 1, batchSize), 1);

    /// <summary>Adds <paramref name="other"/> resolved <paramref name="times"/> times.</summary>
    public void Add(CostVector other, double times)
    {
        if (times <= 0 || ReferenceEquals(other, Empty))
        {
            return;
        }

        Categories |= other.Categories;
        Calls = Saturate(Calls + Saturate(other.Calls * times));
        Writes = Saturate(Writes + Saturate(other.Writes * times));
        foreach (var (loader, keys) in other._keys ?? [])
        {
            foreach (var key in keys)
            {
                AddKey(new LoaderKey(loader, key));
            }
        }

        foreach (var (name, bucket) in other._batches ?? [])
        {
            AddBucket(name, bucket, times);
        }
    }

    /// <summary>
    /// The estimated calls: per-resolve calls, one per distinct known key, and per batch bucket ceil(keys / size)
    /// plus one for each further place in the document it occurs (those may resolve in separate batches).
    /// </summary>
    public double UpstreamCalls()
    {
        var total = Calls;
        foreach (var keys in _keys?.Values ?? (IEnumerable<HashSet<string>>)[])
        {
            total = Saturate(total + keys.Count);
        }

        foreach (var bucket in _batches?.Values ?? (IEnumerable<BatchBucket>)[])
        {
            total = Saturate(total + Math.Ceiling(bucket.Keys / bucket.Size) + bucket.Occurrences - 1);
        }

        return total;
    }

    private void AddBucket(string name, BatchBucket add, double times)
    {
        _batches ??= new(StringComparer.Ordinal);
        var keys = Saturate(add.Keys * times);
        _batches[name] = _batches.TryGetValue(name, out var existing)
            ? new BatchBucket(Saturate(existing.Keys + keys), Saturate(existing.Occurrences + add.Occurrences), existing.Size)
            : add with { Keys = keys };
    }

    private static double Saturate(double value) => value > Cap || double.IsNaN(value) ? Cap : value;

    /// <summary>Keys scale with the parent's items; occurrences (places in the document) do not.</summary>
    private readonly record struct BatchBucket(double Keys, double Occurrences, int Size);
}
