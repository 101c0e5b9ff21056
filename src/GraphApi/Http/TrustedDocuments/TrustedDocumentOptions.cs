namespace GraphApi.Http.TrustedDocuments;

/// <summary>Trusted (persisted) documents and automatic persisted queries, bound from <c>GraphQL:TrustedDocuments</c>.</summary>
public sealed class TrustedDocumentOptions
{
    public const string SectionName = "GraphQL:TrustedDocuments";

    /// <summary>
    /// Folder of <c>*.graphql</c> files and <c>*.json</c> manifests (GraphQL Code Generator's
    /// <c>persisted-documents.json</c>), relative to the content root. Empty: no trusted documents.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Most bytes read from the folder in total; a bigger folder stops the start.</summary>
    public long MaxFolderBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Every caller may only run trusted documents.</summary>
    public bool RequiredForAll { get; set; }

    /// <summary>
    /// Callers holding any of these claims (<c>type=value</c>, e.g. <c>client_type=partner</c>) may only run trusted
    /// documents. A JSON array, or one string with entries separated by <c>,</c>.
    /// </summary>
    public List<string> RequiredWhenClaim { get; set; } = [];

    public AutomaticPersistedQueryOptions AutomaticPersistedQueries { get; set; } = new();
}

/// <summary>Apollo's automatic persisted queries: a bounded, per-process store of documents registered by hash.</summary>
public sealed class AutomaticPersistedQueryOptions
{
    /// <summary>
    /// On by default: a registration gives a caller nothing it could not send as query text anyway, the store is
    /// bounded, and callers limited to trusted documents cannot register.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most documents kept; the least recently used one is evicted first.</summary>
    public int MaxEntries { get; set; } = 1_000;

    /// <summary>Most bytes of document text kept (two per character, plus a fixed overhead per entry).</summary>
    public long MaxBytes { get; set; } = 8 * 1024 * 1024;
}
