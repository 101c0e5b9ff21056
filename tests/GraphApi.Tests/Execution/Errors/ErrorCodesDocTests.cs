using System.Reflection;
using System.Text.RegularExpressions;
using GraphApi.Execution.Errors;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Execution.Errors;

/// <summary>
/// The error-code table at the end of docs/architecture.md lists exactly the codes of <see cref="ErrorCodes"/>, one per
/// row, so the documentation cannot drift from what the gateway emits. A row whose first cell is not one backticked
/// code must be GraphQL.NET's own (it starts with "GraphQL.NET"); any other shape fails, so no code can hide in prose.
/// </summary>
public sealed partial class ErrorCodesDocTests
{
    private const string Heading = "## Error codes";

    [Fact]
    public void The_architecture_doc_lists_exactly_the_codes_of_ErrorCodes()
    {
        var documented = DocumentedCodes();
        var declared = DeclaredCodes();

        documented.Except(declared).ShouldBeEmpty("documented in docs/architecture.md but not in ErrorCodes");
        declared.Except(documented).ShouldBeEmpty("in ErrorCodes but missing from the table in docs/architecture.md");
    }

    [Fact]
    public void Each_code_has_one_row_and_one_constant()
    {
        DocumentedCodeRows().GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("codes with more than one row");
        DeclaredConstants().GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("values declared twice in ErrorCodes");
    }

    [Fact]
    public void Every_constant_is_a_stable_upper_snake_case_code()
    {
        DeclaredConstants().ShouldAllBe(code => CodeShape().IsMatch(code));
    }

    private static HashSet<string> DeclaredCodes() => new(DeclaredConstants(), StringComparer.Ordinal);

    private static List<string> DeclaredConstants() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true, IsInitOnly: false } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    private static HashSet<string> DocumentedCodes() => new(DocumentedCodeRows(), StringComparer.Ordinal);

    private static List<string> DocumentedCodeRows()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("docs", "architecture.md"));
        var start = text.IndexOf(Heading, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"docs/architecture.md has no '{Heading}' section");

        var rows = text[start..].Split('\n')
            .Select(line => line.Trim())
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2) // header and separator
            .ToList();
        rows.ShouldNotBeEmpty("the error-code table is empty");

        var codes = new List<string>();
        foreach (var row in rows)
        {
            var first = row.Split('|', StringSplitOptions.TrimEntries)[1];
            var match = CodeCell().Match(first);
            if (match.Success)
            {
                codes.Add(match.Groups[1].Value);
            }
            else
            {
                first.StartsWith("GraphQL.NET", StringComparison.Ordinal).ShouldBeTrue($"a row must start with one `CODE` (or be GraphQL.NET's own row): {row}");
            }
        }

        return codes;
    }

    [GeneratedRegex("^`([A-Z][A-Z_]*)`$")]
    private static partial Regex CodeCell();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex CodeShape();
}
