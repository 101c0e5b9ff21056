using GraphApi.Execution.Documents;
using GraphApi.Execution.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Limits;

/// <summary>
/// Parses a request's document once and checks the document limits before GraphQL.NET's validation sees it (its rules
/// are the expensive part on hostile documents). The endpoint hands the parsed document to the executer, so nothing is
/// parsed twice. Whatever supplies the query text (a plain request, a persisted document) calls this in one line.
/// Both verdicts depend on the text alone, so they are kept in the <see cref="DocumentCache"/>: a repeated document is
/// neither parsed nor walked again.
/// </summary>
internal sealed class GraphQLDocumentGate(IOptions<GraphQLLimitsOptions> options, DocumentCache cache, AnalysisWork? work = null)
{
    public CheckedDocument Check(string query)
    {
        if (cache.Find(query) is { } hit)
        {
            return CheckedDocument.From(hit, CheckedDocument.CacheHit);
        }

        var entry = ParseAndCheck(query);
        return CheckedDocument.From(cache.Add(entry), cache.Enabled ? CheckedDocument.CacheMiss : CheckedDocument.CacheOff);
    }

    private CachedDocument ParseAndCheck(string query)
    {
        var limits = options.Value;
        GraphQLDocument document;
        // What the parser allocated is what the AST holds (it allocates little else): the cache's size estimate.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            // The same parser options as GraphQL.NET's own document builder (comments dropped), plus our depth.
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            // Exactly what the executer would answer for it: SYNTAX_ERROR with its location.
            return CachedDocument.Refused(query, new SyntaxError(ex));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return CachedDocument.Refused(query, new DocumentLimitError(ErrorCodes.NestingTooDeep,
                $"The document nests selections, lists or objects deeper than the parser allows ({limits.MaxParserDepth} levels)."));
        }

        var parsedBytes = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return DocumentLimitsWalker.Check(document, limits, work) is { } refusal
            ? CachedDocument.Refused(query, refusal)
            : CachedDocument.Parsed(query, document, parsedBytes);
    }
}

/// <summary>A parsed document within the limits, or the result that refuses it (nothing executed).</summary>
internal sealed record CheckedDocument(GraphQLDocument? Document, ExecutionResult? Refusal)
{
    /// <summary>The cache entry (cached or not): it records which operation names passed full validation.</summary>
    public CachedDocument? Entry { get; init; }

    public const string CacheHit = "hit";
    public const string CacheMiss = "miss";
    public const string CacheOff = "off";

    /// <summary><see cref="CacheHit"/> when the verdict came from the cache (nothing parsed for this request), else miss or off.</summary>
    public string Cache { get; init; } = CacheOff;

    public static CheckedDocument Refused(ExecutionError error) => new(null, new ExecutionResult { Errors = [error] });

    // A refusal's error is shared with other requests; the result around it is this request's own.
    public static CheckedDocument From(CachedDocument entry, string cache) =>
        new(entry.Document, entry.Refusal is { } error ? new ExecutionResult { Errors = [error] } : null) { Entry = entry, Cache = cache };
}
