using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Documents;

/// <summary>
/// The per-process cache of checked documents, keyed by the full document text: a hit is a hash lookup plus an
/// ordinal comparison of the whole text, so two different texts can never share an entry (no digest to collide).
/// Bounded by entries and estimated bytes, least recently used first out (<see cref="BoundedLruCache{TValue}"/>).
/// </summary>
internal sealed class DocumentCache(IOptions<DocumentCacheOptions> options)
{
    private readonly BoundedLruCache<CachedDocument> _entries = new(options.Value.MaxEntries, options.Value.MaxBytes);

    public bool Enabled { get; } = options.Value.Enabled;

    public int Count => _entries.Count;

    public long Bytes => _entries.Bytes;

    public CachedDocument? Find(string text) => Enabled ? _entries.Find(text) : null;

    /// <summary>Keeps the entry (unless it alone exceeds the byte bound) and returns the one now cached for its text.</summary>
    /// <remarks>Two requests with the same new text parse it both; the first one kept wins, so validation marks meet.</remarks>
    public CachedDocument Add(CachedDocument entry) => Enabled ? _entries.GetOrAdd(entry.Text, entry, entry.Size) : entry;
}
