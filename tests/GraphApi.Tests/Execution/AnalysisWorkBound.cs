using System.Text.Json;
using GraphApi.Execution.Limits;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphApi.Tests.Execution;

/// <summary>
/// The behaviour the analyses before execution promise (document limits walker, scope analysis, cost analysis): work
/// linear in the document as written, however its fragments fan out, because each memoises per fragment. Checked by
/// counting what they visited (<see cref="AnalysisWork"/>) against the selections written in the document, never by
/// timing them: a walk that expanded every spread visits 2^n selections for an n-level fan-out of a few hundred
/// characters, far over any linear bound.
/// </summary>
internal static class AnalysisWorkBound
{
    /// <summary>
    /// Visits allowed per written selection, per analysis. Each visits a written selection at most once per pass and per
    /// object type it can be seen on: the cost analysis makes two passes (its estimate, and whether a handle loads its
    /// entity) and an interface or union multiplies by the possible types a fragment names (Node's dozen types are not
    /// each walked: its only field is free, so CostAnalyzer visits only the types a fragment names). The documents these
    /// tests send stay under it; adding a Node type must not move it.
    /// </summary>
    public const int VisitsPerWrittenSelection = 4;

    /// <summary>Fields, fragment spreads and inline fragments written in the document (0 if it does not parse).</summary>
    public static int WrittenSelections(string query)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException)
        {
            return 0;
        }

        var count = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    count += Count(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    count += Count(fragment.SelectionSet);
                    break;
            }
        }

        return count;
    }

    /// <summary>The written selections of every <c>query</c> in a request body (one request or a batch).</summary>
    public static int WrittenSelectionsInBody(string body)
    {
        using var json = JsonDocument.Parse(body);
        var requests = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
        return requests.Sum(r => r.TryGetProperty("query", out var query) && query.ValueKind == JsonValueKind.String ? WrittenSelections(query.GetString()!) : 0);
    }

    /// <summary>Each analysis visited at most <see cref="VisitsPerWrittenSelection"/> per written selection.</summary>
    public static void ShouldBeLinearIn(this AnalysisWork work, int writtenSelections, string? because = null) =>
        AnalysisVisits.Of(work).ShouldBeLinearIn(writtenSelections, because);

    /// <inheritdoc cref="ShouldBeLinearIn(AnalysisWork, int, string?)"/>
    public static void ShouldBeLinearIn(this AnalysisVisits visits, int writtenSelections, string? because = null)
    {
        var bound = (long)VisitsPerWrittenSelection * writtenSelections;
        var what = $"{because} ({writtenSelections} written selections)".TrimStart();
        visits.Limits.ShouldBeLessThanOrEqualTo(bound, "document limits walker: " + what);
        visits.Scope.ShouldBeLessThanOrEqualTo(bound, "scope analysis: " + what);
        visits.Cost.ShouldBeLessThanOrEqualTo(bound, "cost analysis: " + what);
    }

    private static int Count(GraphQLSelectionSet? set)
    {
        if (set is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var selection in set.Selections)
        {
            count += 1 + selection switch
            {
                GraphQLField field => Count(field.SelectionSet),
                GraphQLInlineFragment inline => Count(inline.SelectionSet),
                _ => 0,
            };
        }

        return count;
    }
}

/// <summary>What <see cref="AnalysisWork"/> counted for one request (taken when its answer is read).</summary>
internal readonly record struct AnalysisVisits(long Limits, long Scope, long Cost)
{
    public static AnalysisVisits Of(AnalysisWork work) => new(work.LimitsVisits, work.ScopeVisits, work.CostVisits);
}
