using GraphApi.Execution.Documents;
using Microsoft.Extensions.Options;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>
/// The per-process store of Apollo automatic persisted queries: hex SHA-256 → document text, bounded by entry count
/// and bytes, least recently used evicted first. Keys are verified hashes of their text, so an entry can only ever
/// be the text its id names: one caller's registration cannot change what another caller's id runs. Flooding it
/// with registrations evicts entries (clients then resend the text once), never grows memory past the bound.
/// </summary>
internal sealed class AutomaticPersistedQueryStore(IOptions<TrustedDocumentOptions> options, IOptions<GraphQLHttpOptions> http)
{
    // The key string, the node, the dictionary slot and the entry record, roughly; text is counted separately.
    internal const int EntryOverheadBytes = 256;

    private readonly BoundedLruCache<string> _entries =
        new(options.Value.AutomaticPersistedQueries.MaxEntries, options.Value.AutomaticPersistedQueries.MaxBytes);

    private readonly int _maxDocumentLength = http.Value.MaxDocumentLength;
    private readonly long _maxBytes = options.Value.AutomaticPersistedQueries.MaxBytes;

    public int Count => _entries.Count;

    public long Bytes => _entries.Bytes;

    public string? Find(string hex) => _entries.Find(hex);

    /// <summary>Stores a document whose hash the caller already verified; one too long for the endpoint is never kept.</summary>
    public bool Add(string hex, string text)
    {
        var size = SizeOf(text);
        if (text.Length > _maxDocumentLength || size > _maxBytes)
        {
            return false;
        }

        _entries.GetOrAdd(hex, text, size);
        return true;
    }

    internal static long SizeOf(string text) => (2L * text.Length) + EntryOverheadBytes;
}
