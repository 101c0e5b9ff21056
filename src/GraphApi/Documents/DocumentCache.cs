using Microsoft.Extensions.Options;

namespace GraphApi.Documents;

/// <summary>
/// The per-process cache of checked documents, keyed by the full document text: a hit is a hash lookup plus an
/// ordinal comparison of the whole text, so two different texts can never share an entry (no digest to collide),
/// and the dictionary's string hashing switches to randomized hashing when a bucket fills with colliding keys, so
/// crafted texts cannot turn lookups quadratic. Bounded by entries and estimated bytes, least recently used first out:
/// flooding it with distinct documents evicts entries, never grows memory past the bound.
/// </summary>
internal sealed class DocumentCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _recency = new();
    private readonly bool _enabled;
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private long _bytes;

    public DocumentCache(IOptions<DocumentCacheOptions> options)
    {
        _enabled = options.Value.Enabled;
        _maxEntries = options.Value.MaxEntries;
        _maxBytes = options.Value.MaxBytes;
    }

    public bool Enabled => _enabled;

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

    public CachedDocument? Find(string text)
    {
        if (!_enabled)
        {
            return null;
        }

        lock (_lock)
        {
            if (!_entries.TryGetValue(text, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    /// <summary>Keeps the entry (unless it alone exceeds the byte bound) and returns the one now cached for its text.</summary>
    public CachedDocument Add(CachedDocument entry)
    {
        if (!_enabled || entry.Size > _maxBytes)
        {
            return entry;
        }

        lock (_lock)
        {
            // Two requests with the same new text parse it both; the first one kept wins, so validation marks meet.
            if (_entries.TryGetValue(entry.Text, out var existing))
            {
                _recency.Remove(existing);
                _recency.AddFirst(existing);
                return existing.Value;
            }

            _entries[entry.Text] = _recency.AddFirst(entry);
            _bytes += entry.Size;
            while (_entries.Count > _maxEntries || _bytes > _maxBytes)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
                _bytes -= oldest.Value.Size;
            }

            return entry;
        }
    }
}
