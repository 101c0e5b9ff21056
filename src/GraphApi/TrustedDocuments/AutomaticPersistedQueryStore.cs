using GraphApi.Http;
using Microsoft.Extensions.Options;

namespace GraphApi.TrustedDocuments;

/// <summary>
/// The per-process store of Apollo automatic persisted queries: hex SHA-256 → document text, bounded by entry count
/// and bytes, least recently used evicted first. Keys are verified hashes of their text, so an entry can only ever
/// be the text its id names: one caller's registration cannot change what another caller's id runs. Flooding it
/// with registrations evicts entries (clients then resend the text once), never grows memory past the bound.
/// </summary>
internal sealed class AutomaticPersistedQueryStore
{
    // The key string, the node, the dictionary slot and the entry record, roughly; text is counted separately.
    internal const int EntryOverheadBytes = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private readonly int _maxDocumentLength;
    private long _bytes;

    public AutomaticPersistedQueryStore(IOptions<TrustedDocumentOptions> options, IOptions<GraphQLHttpOptions> http)
    {
        _maxEntries = options.Value.AutomaticPersistedQueries.MaxEntries;
        _maxBytes = options.Value.AutomaticPersistedQueries.MaxBytes;
        _maxDocumentLength = http.Value.MaxDocumentLength;
    }

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

    public string? Find(string hex)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(hex, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Text;
        }
    }

    /// <summary>Stores a document whose hash the caller already verified; one too long for the endpoint is never kept.</summary>
    public bool Add(string hex, string text)
    {
        var size = SizeOf(text);
        if (text.Length > _maxDocumentLength || size > _maxBytes)
        {
            return false;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(hex, out var existing))
            {
                _recency.Remove(existing);
                _recency.AddFirst(existing);
                return true;
            }

            _entries[hex] = _recency.AddFirst(new Entry(hex, text, size));
            _bytes += size;
            while (_entries.Count > _maxEntries || _bytes > _maxBytes)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hex);
                _bytes -= oldest.Value.Size;
            }

            return true;
        }
    }

    internal static long SizeOf(string text) => (2L * text.Length) + EntryOverheadBytes;

    private sealed record Entry(string Hex, string Text, long Size);
}
