using GraphApi.Http.TrustedDocuments;
using GraphQL;
using GraphQLParser.AST;

namespace GraphApi.Execution.Documents;

/// <summary>
/// What is known about one document text that depends on nothing but that text and the (fixed) schema and limits:
/// its parsed form or the error that refuses it, and for which operation names GraphQL.NET's document rules already
/// passed. Shared by concurrent requests: the parsed document is only read (GraphQL.NET's own document caches share
/// it the same way), and a refusal's error is wrapped in a new result per request.
/// </summary>
internal sealed class CachedDocument
{
    // Copy-on-write: hits read it without a lock; it only grows to the operation names the document defines (a name
    // that selects no operation fails execution and is never marked), plus the empty name.
    private volatile string[] _validatedOperations = [];
    private readonly Lock _markLock = new();
    private string? _id;

    private CachedDocument(string text, GraphQLDocument? document, ExecutionError? refusal, long size)
    {
        Text = text;
        Document = document;
        Refusal = refusal;
        Size = size;
    }

    public string Text { get; }

    /// <summary>
    /// <c>sha256:</c> + hex of the text (the trusted-documents id form), for telemetry: computed on first use, so only
    /// traced requests pay for it, once per cached document (a race computes the same value twice).
    /// </summary>
    public string Id => _id ??= DocumentHash.Prefix + DocumentHash.Of(Text);

    /// <summary>The parsed document, within the document limits; null when refused.</summary>
    public GraphQLDocument? Document { get; }

    /// <summary>A syntax or document-limit error: it depends on the text alone, so it is the answer for every caller.</summary>
    public ExecutionError? Refusal { get; }

    /// <summary>The estimate counted against <see cref="DocumentCacheOptions.MaxBytes"/>.</summary>
    public long Size { get; }

    public static CachedDocument Parsed(string text, GraphQLDocument document, long parsedBytes) =>
        new(text, document, null, SizeOf(text, parsedBytes));

    public static CachedDocument Refused(string text, ExecutionError refusal) =>
        new(text, null, refusal, SizeOf(text, 0));

    /// <summary>Whether GraphQL.NET's document-only rules already passed for this operation name.</summary>
    public bool IsValidated(string? operationName)
    {
        var key = operationName ?? "";
        foreach (var name in _validatedOperations)
        {
            if (string.Equals(name, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Called after an execution whose full validation (every rule) passed for this operation name.</summary>
    public void MarkValidated(string? operationName)
    {
        if (Document is null || IsValidated(operationName))
        {
            return;
        }

        lock (_markLock)
        {
            if (!IsValidated(operationName))
            {
                _validatedOperations = [.. _validatedOperations, operationName ?? ""];
            }
        }
    }

    // Text is UTF-16 (2 bytes a char); the parsed AST is measured as what the parser allocated; the overhead covers
    // the key, the list node, the dictionary slot and this object.
    internal const int EntryOverheadBytes = 512;

    private static long SizeOf(string text, long parsedBytes) => (2L * text.Length) + Math.Max(0, parsedBytes) + EntryOverheadBytes;
}
