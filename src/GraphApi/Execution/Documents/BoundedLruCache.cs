namespace GraphApi.Execution.Documents;

/// <summary>
/// A string-keyed cache bounded by entry count and estimated bytes, least recently used out first, shared by the
/// document cache and the APQ store: flooding either with distinct keys evicts entries, never grows memory past the
/// bound. Keys compare ordinally; the dictionary's string hashing switches to randomized hashing when a bucket fills
/// with colliding keys, so crafted keys cannot make lookups quadratic. Hand-written because
/// <c>Microsoft.Extensions.Caching.Memory</c> evicts by compaction percentage, not strictly by recency, and sizes
/// only in one unit, while these bounds are both entries and bytes.
/// </summary>
internal sealed class BoundedLruCache<TValue>(int maxEntries, long maxBytes)
    where TValue : class
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    public TValue? Find(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            Touch(node);
            return node.Value.Value;
        }
    }

    /// <summary>
    /// The value now cached under <paramref name="key"/>: an existing one wins (and is refreshed), else
    /// <paramref name="value"/> is kept, evicting the least recently used past the bounds. A value larger than the
    /// byte bound alone is returned without being kept.
    /// </summary>
    public TValue GetOrAdd(string key, TValue value, long size)
    {
        if (size > maxBytes)
        {
            return value;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                Touch(existing);
                return existing.Value.Value;
            }

            _entries[key] = _recency.AddFirst(new Entry(key, value, size));
            _bytes += size;
            while (_entries.Count > maxEntries || _bytes > maxBytes)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Size;
            }

            return value;
        }
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _recency.AddFirst(node);
    }

    private sealed record Entry(string Key, TValue Value, long Size);
}
