using GraphApi.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GraphApi.Limits;

/// <summary>
/// Parses a request's document once and checks the document limits before GraphQL.NET's validation sees it (its rules
/// are the expensive part on hostile documents). The endpoint hands the parsed document to the executer, so nothing is
/// parsed twice. Whatever supplies the query text (a plain request, a persisted document) calls this in one line.
/// </summary>
internal sealed class GraphQLDocumentGate(IOptions<GraphQLLimitsOptions> options)
{
    public CheckedDocument Check(string query)
    {
        var limits = options.Value;
        GraphQLDocument document;
        try
        {
            // The same parser options as GraphQL.NET's own document builder (comments dropped), plus our depth.
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            // Exactly what the executer would answer for it: SYNTAX_ERROR with its location.
            return CheckedDocument.Refused(new SyntaxError(ex));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return CheckedDocument.Refused(new DocumentLimitError(RequestLimitCodes.NestingTooDeep,
                $"The document nests selections, lists or objects deeper than the parser allows ({limits.MaxParserDepth} levels)."));
        }

        return DocumentLimitsWalker.Check(document, limits) is { } refusal
            ? CheckedDocument.Refused(refusal)
            : new CheckedDocument(document, null);
    }
}

/// <summary>A parsed document within the limits, or the result that refuses it (nothing executed).</summary>
internal sealed record CheckedDocument(GraphQLDocument? Document, ExecutionResult? Refusal)
{
    public static CheckedDocument Refused(ExecutionError error) => new(null, new ExecutionResult { Errors = [error] });
}
