using System.Collections.Frozen;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>The trusted documents loaded at start, by lowercase hex SHA-256; never changes while the process runs.</summary>
internal sealed class TrustedDocumentSet(IReadOnlyDictionary<string, string> documents)
{
    private readonly FrozenDictionary<string, string> _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public string? Find(string hex) => _documents.GetValueOrDefault(hex);

    /// <summary>Every document (hash, text), for the MCP server's tools (Mcp/McpToolDefinitions).</summary>
    public IEnumerable<KeyValuePair<string, string>> Documents => _documents;
}
