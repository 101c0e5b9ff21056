using System.Text;

namespace GraphApi.Tests.Hostile;

/// <summary>
/// One hostile request: what a caller with one ordinary token can send to make the gateway work. Each is either refused
/// with one of <see cref="Codes"/> or, when <see cref="MayAnswer"/>, answered; either way it may make at most
/// <see cref="MaxUpstreamCalls"/> Pinterest calls.
/// </summary>
public sealed record HostileCase(string Name, byte[] Body, string[] Codes, int MaxUpstreamCalls = 0, bool MayAnswer = false)
{
    public override string ToString() => Name;
}

/// <summary>The corpus: every class of hostile request the gateway must refuse or bound, several cases of each.</summary>
public static class HostileCorpus
{
    private const string Board = "91000000000000001";

    public static IEnumerable<HostileCase> All()
    {
        // Recursion through the graph: pin → board → pins(first: 25) → board → pins … (16,000+ calls before the limits)
        yield return Query("recursive board → pins → board fan-out",
            $$"""{ board(id: "{{Board}}") { pins(first: 25) { nodes { board { pins(first: 25) { nodes { board { pins(first: 25) { nodes { board { name } } } } } } } } } } }""",
            "COST_LIMIT_EXCEEDED");
        yield return Query("recursive pin → board → pins from a pin",
            """{ me { pins(first: 250) { nodes { board { pins(first: 250) { nodes { board { name } } } } } } } }""",
            "COST_LIMIT_EXCEEDED");

        // Aliases multiply reads
        yield return Query("1,000 aliased boards with distinct ids",
            "{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"b{i}: board(id: \"{91000000000001000L + i}\") {{ name }} ")) + "}",
            "ALIAS_LIMIT_EXCEEDED", "SELECTION_LIMIT_EXCEEDED", "COST_LIMIT_EXCEEDED", "DOCUMENT_TOO_LARGE");
        yield return Query("150 aliased boards (under the document length limit)",
            "{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"b{i}: board(id: \"{91000000000001000L + i}\") {{ name }} ")) + "}",
            "ALIAS_LIMIT_EXCEEDED");
        yield return Query("two aliased nodes lists of 100 global board ids",
            "{ " + string.Concat(Enumerable.Range(0, 2).Select(a => $"n{a}: nodes(ids: [{string.Join(',', Enumerable.Range(0, 100).Select(i => $"\"{BoardGlobalId(91000000000100000L + (a * 100) + i)}\""))}]) {{ ... on Board {{ name }} }} ")) + "}",
            "COST_LIMIT_EXCEEDED");
        yield return Query("the same alias with different arguments 60 times",
            "{ " + string.Concat(Enumerable.Range(0, 60).Select(i => $"a: board(id: \"{91000000000002000L + i}\") {{ name }} ")) + "}",
            "SELECTION_LIMIT_EXCEEDED");
        yield return Query("the same alias with different arguments 800 times",
            "{ " + string.Concat(Enumerable.Range(0, 800).Select(i => $"a: board(id: \"{91000000000002000L + i}\") {{ name }} ")) + "}",
            "ALIAS_LIMIT_EXCEEDED", "SELECTION_LIMIT_EXCEEDED", "COST_LIMIT_EXCEEDED", "DOCUMENT_TOO_LARGE");
        yield return Query("analytics of 250 pins on each of 250 boards",
            """{ me { boards(first: 250) { nodes { pins(first: 250) { nodes { analytics { summary { metric value } } } } } } } }""",
            "COST_LIMIT_EXCEEDED");

        // A batch shares one budget
        var batch = "[" + string.Join(',', Enumerable.Range(0, 10).Select(i =>
            Json($$"""{ me { boards(first: 25) { nodes { pins(first: 25) { nodes { id } } } } } }"""))) + "]";
        yield return new HostileCase("a batch of 10 operations of 27 calls each", Encoding.UTF8.GetBytes(batch), ["COST_LIMIT_EXCEEDED"], MaxUpstreamCalls: 100, MayAnswer: true);

        // Writes
        yield return Query("200 aliased createBoard fields",
            "mutation { " + string.Concat(Enumerable.Range(0, 200).Select(i => $"c{i}: createBoard(input: {{ name: \"hostile {i}\" }}) {{ board {{ id }} }} ")) + "}",
            "WRITE_LIMIT_EXCEEDED", "ALIAS_LIMIT_EXCEEDED", "SELECTION_LIMIT_EXCEEDED");

        yield return Query("11 aliased createBoard fields",
            "mutation { " + string.Concat(Enumerable.Range(0, 11).Select(i => $"c{i}: createBoard(input: {{ name: \"hostile {i}\" }}) {{ board {{ id }} }} ")) + "}",
            "WRITE_LIMIT_EXCEEDED");

        // Validation made expensive with no upstream call
        yield return Query("fragment fan-out of 2^20 spreads",
            "query { ...F0 } " + string.Concat(Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F20 on Query { me { username } }",
            ["FRAGMENT_LIMIT_EXCEEDED", "SELECTION_LIMIT_EXCEEDED"], maxUpstreamCalls: 1, mayAnswer: true);
        yield return Query("a fragment defined twice, the second one full of conflicting fields",
            "{ __typename } fragment F on Query { __typename } fragment F on Query { " +
            string.Concat(Enumerable.Range(0, 1400).Select(i => $"pin(id:\"{i}\"){{id}} ")) + "}",
            "FRAGMENT_LIMIT_EXCEEDED");
        yield return Query("a fragment defined twice, small",
            "{ __typename } fragment F on Query { __typename } fragment F on Query { me { username } }",
            "FRAGMENT_LIMIT_EXCEEDED");
        yield return Query("recursive introspection",
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }",
            "INTROSPECTION_DEPTH_EXCEEDED");
        yield return Query("introspection through __type nested ofType and interfaces",
            "{ __type(name: \"Pin\") { fields { type { fields { type { interfaces { fields { type { fields { name } } } } } } } } } }",
            "INTROSPECTION_DEPTH_EXCEEDED");
        yield return Query("nesting deeper than the parser allows",
            "{ " + string.Concat(Enumerable.Repeat("a { ", 3000)) + "b" + new string('}', 3001),
            "NESTING_TOO_DEEP", "DEPTH_LIMIT_EXCEEDED");
        yield return Query("a selection 60 levels deep",
            "{ me { " + string.Concat(Enumerable.Repeat("boards(first: 1) { nodes { pins(first: 1) { nodes { board { ", 10)) + "name" + new string('}', 50) + " } }",
            "DEPTH_LIMIT_EXCEEDED", "COST_LIMIT_EXCEEDED");
        yield return Query("1,000 directives on one field",
            "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 1000)) + "}",
            "DIRECTIVE_LIMIT_EXCEEDED", "UNIQUE_DIRECTIVES_PER_LOCATION");

        // Bad input that used to reach 500 / INTERNAL_ERROR
        yield return new HostileCase("invalid UTF-8 in the body",
            [.. "{\"query\":\"{ __typename }\",\"x\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8], ["INVALID_ENCODING", "INVALID_JSON"]);
        yield return Query("variables nested 10,000 levels",
            "query($v: String) { __typename }", variablesJson: "{\"v\":" + new string('[', 10_000) + new string(']', 10_000) + "}",
            codes: ["INVALID_JSON", "VARIABLES_TOO_LARGE", "INVALID_REQUEST", "NESTING_TOO_DEEP"]);
        yield return Query("first far over the maximum",
            """{ me { boards(first: 2147483647) { nodes { id } } } }""",
            ["INVALID_ARGUMENT", "COST_LIMIT_EXCEEDED"], maxUpstreamCalls: 1, mayAnswer: false);
        yield return Query("a path-like raw board id",
            """{ board(id: "../../user_account") { name } }""",
            ["INVALID_ARGUMENT"], maxUpstreamCalls: 0, mayAnswer: false);
        yield return Query("a raw pin id with a query string",
            """{ pin(id: "1?bookmark=x") { title } }""",
            ["INVALID_ARGUMENT"], maxUpstreamCalls: 0, mayAnswer: false);
    }

    private static HostileCase Query(string name, string query, params string[] codes) =>
        new(name, Encoding.UTF8.GetBytes(Json(query)), codes);

    private static HostileCase Query(string name, string query, string[] codes, int maxUpstreamCalls, bool mayAnswer) =>
        new(name, Encoding.UTF8.GetBytes(Json(query)), codes, maxUpstreamCalls, mayAnswer);

    private static HostileCase Query(string name, string query, string variablesJson, string[] codes) =>
        new(name, Encoding.UTF8.GetBytes($"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(query)},\"variables\":{variablesJson}}}"), codes);

    private static string Json(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });

    private static string BoardGlobalId(long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"Board:{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
