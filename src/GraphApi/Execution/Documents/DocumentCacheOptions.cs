using System.ComponentModel.DataAnnotations;

namespace GraphApi.Execution.Documents;

/// <summary>
/// The cache of parsed and checked documents, bound from <c>GraphQL:DocumentCache</c> (docs/performance/document-cache.md).
/// On by default; both bounds hold at once, least recently used entries go first.
/// </summary>
public sealed class DocumentCacheOptions
{
    public const string SectionName = "GraphQL:DocumentCache";

    /// <summary>Off: every request parses, checks and fully validates its document again.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Distinct documents kept (refused ones included).</summary>
    [Range(1, 1_000_000, ErrorMessage = "GraphQL:DocumentCache:MaxEntries must be between 1 and 1,000,000.")]
    public int MaxEntries { get; set; } = 1_000;

    /// <summary>Estimated memory of the kept entries: document text, the parser's allocations and a fixed overhead per entry.</summary>
    [Range(64 * 1024, 1024L * 1024 * 1024, ErrorMessage = "GraphQL:DocumentCache:MaxBytes must be between 64 KiB and 1 GiB.")]
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;
}
