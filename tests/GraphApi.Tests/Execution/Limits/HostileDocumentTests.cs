using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphApi.Execution.Limits;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Limits;

/// <summary>
/// Hostile documents and bytes against the default limits: each answered 4xx with a precise code, without Pinterest, and
/// refused before GraphQL.NET's validation runs (its rules are the expensive part on these documents: ~20 s for 800 same
/// aliases before the limits), after a walk linear in the written document. Counted, not timed.
/// </summary>
public sealed class HostileDocumentTests(ValidationCountingFactory factory) : IClassFixture<ValidationCountingFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string> Documents => new()
    {
        // The same alias with different arguments: ~20 s in OverlappingFieldsCanBeMerged and a 100 MB error list before.
        { "800 same aliases", "{ " + string.Concat(Enumerable.Range(0, 800).Select(i => $"a: board(id: \"{i}\") {{ id }} ")) + "}", "SELECTION_LIMIT_EXCEEDED" },
        { "800 distinct aliases", "{ " + string.Concat(Enumerable.Range(0, 800).Select(i => $"a{i}: board(id: \"{i}\") {{ id }} ")) + "}", "ALIAS_LIMIT_EXCEEDED" },
        { "800 same fields, no alias", "{ " + string.Concat(Enumerable.Range(0, 800).Select(i => $"board(id: \"{i}\") {{ id }} ")) + "}", "SELECTION_LIMIT_EXCEEDED" },
        { "800 same fields in an unused fragment", "{ __typename } fragment F on Query { " + string.Concat(Enumerable.Range(0, 800).Select(i => $"board(id: \"{i}\") {{ id }} ")) + "}", "SELECTION_LIMIT_EXCEEDED" },
        // 2^20 expanded spreads from 21 small fragments: the __typename fields they merge into one selection set trip first
        // (SmallLimitsFactory's tests show the spread count on its own).
        { "fragment fan-out", FanOut(20), "SELECTION_LIMIT_EXCEEDED" },
        // One Pinterest call (me is loaded once) but 2^14 selections: the field-selection limits are the only bound on
        // such a document (the cost analysis counts calls), and they stop it before validation.
        { "fragment fan-out of one Pinterest call", Cost.CostLimitTests.FanOut(13, "me { username }"), "SELECTION_LIMIT_EXCEEDED" },
        // Same-named parents merge their selections: 50 me with 9 boards each are 450 boards compared pairwise by
        // validation (1.65 s and an 881 KB error list before), although no selection set holds more than 9.
        { "450 boards under 50 same-named parents", MergedBoards(me => "me { " + me + " } "), "SELECTION_LIMIT_EXCEEDED" },
        { "450 boards under 50 same-named parents through a fragment", "{ " + string.Concat(Enumerable.Repeat("me { ...F } ", 50)) + "} fragment F on User { " + NineBoards + "}", "SELECTION_LIMIT_EXCEEDED" },
        { "450 boards under 50 same-named parents in inline fragments", MergedBoards(me => "... on Query { me { ... on User { " + me + " } } } "), "SELECTION_LIMIT_EXCEEDED" },
        { "450 boards under 50 spreads of a fragment with the parent", "{ " + string.Concat(Enumerable.Repeat("...F ", 50)) + "} fragment F on Query { me { " + NineBoards + "} }", "SELECTION_LIMIT_EXCEEDED" },
        { "recursive introspection", "{ __type(name: \"Query\") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }", "INTROSPECTION_DEPTH_EXCEEDED" },
        { "introspection nested through fragments", "{ __schema { types { ...A } } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { fields { type { ...C } } } fragment C on __Type { fields { name } }", "INTROSPECTION_DEPTH_EXCEEDED" },
        { "deep selection", "{ " + string.Concat(Enumerable.Repeat("__type(name: \"Query\") { ofType { ", 1)) + string.Concat(Enumerable.Repeat("ofType { ", 20)) + "name" + new string('}', 22) + " }", "DEPTH_LIMIT_EXCEEDED" },
        { "parser nesting (selections)", new string('{', 1) + string.Concat(Enumerable.Repeat("a { ", 300)) + "b" + new string('}', 301), "NESTING_TOO_DEEP" },
        { "parser nesting (list value)", "{ __type(name: " + new string('[', 300) + "\"Query\"" + new string(']', 300) + ") { name } }", "NESTING_TOO_DEEP" },
        { "1,000 directives", "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 1000)) + "}", "DIRECTIVE_LIMIT_EXCEEDED" },
        { "500 fragment definitions", "{ __typename } " + string.Concat(Enumerable.Range(0, 500).Select(i => $"fragment F{i} on Query {{ __typename }} ")), "FRAGMENT_LIMIT_EXCEEDED" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Hostile_documents_are_refused_before_validation_with_their_code(string name, string query, string code)
    {
        var (counters, work) = Reset();

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery(query));

        factory.Validations.ShouldBe(0, $"{name}: refused by the limits before GraphQL.NET's validation");
        work.ShouldBeLinearIn(AnalysisWorkBound.WrittenSelections(query), name);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, name);
        var text = await response.Content.ReadAsStringAsync();
        text.Length.ShouldBeLessThan(2_000, name);
        JsonDocument.Parse(text).RootElement.FirstErrorCode().ShouldBe(code, name);
        counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task Conflicting_fields_just_under_the_limit_validate_once_with_a_bounded_error_list()
    {
        // 50 same-named fields with different arguments pass the limits; validation finds 1,225 conflicts, cut to 100 + 1.
        var query = "{ " + string.Concat(Enumerable.Range(0, 50).Select(i => $"board(id: \"{i}\") {{ id }} ")) + "}";
        var (counters, work) = Reset();

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery(query));

        factory.Validations.ShouldBe(1);
        work.ShouldBeLinearIn(AnalysisWorkBound.WrittenSelections(query));
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.GetArrayLength().ShouldBe(101);
        errors[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("OVERLAPPING_FIELDS_CAN_BE_MERGED");
        errors[100].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("TOO_MANY_ERRORS");
        counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task Fields_merged_across_same_named_parents_just_under_the_limit_still_answer()
    {
        // 10 __type with 5 name each: 50 fields with the path __type/name, all alike, so validation passes and it runs.
        var query = "{ " + string.Concat(Enumerable.Repeat("__type(name: \"Query\") { name name name name name } ", 10)) + "}";

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery(query));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.GetProperty("data").GetProperty("__type").GetProperty("name").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task Fields_merged_across_same_named_parents_just_over_the_limit_are_refused()
    {
        // One more name under one more __type: 51 with the path __type/name.
        var query = "{ " + string.Concat(Enumerable.Repeat("__type(name: \"Query\") { name name name name name } ", 10)) + "__type(name: \"Query\") { name } }";

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery(query));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("SELECTION_LIMIT_EXCEEDED");
        body.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("__type/name");
    }

    [Fact]
    public async Task Conflicting_fields_merged_across_same_named_parents_just_under_the_limit_validate_once_with_a_bounded_error_list()
    {
        // 10 me with boards(first: 1..5): 50 conflicting boards once merged, within the limit; validation answers, capped.
        var query = "{ " + string.Concat(Enumerable.Repeat("me { " + string.Concat(Enumerable.Range(1, 5).Select(i => $"boards(first: {i}) {{ __typename }} ")) + "} ", 10)) + "}";
        var (counters, work) = Reset();

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery(query));

        factory.Validations.ShouldBe(1);
        work.ShouldBeLinearIn(AnalysisWorkBound.WrittenSelections(query));
        var text = await response.Content.ReadAsStringAsync();
        text.Length.ShouldBeLessThan(200_000);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        errors[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("OVERLAPPING_FIELDS_CAN_BE_MERGED");
        errors.EnumerateArray().ShouldAllBe(e => !e.GetProperty("extensions").GetProperty("code").GetString()!.EndsWith("_EXCEEDED", StringComparison.Ordinal));
        counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task Parser_nesting_over_its_maximum_is_400_over_get_too()
    {
        var query = "{" + string.Concat(Enumerable.Repeat("a { ", 300)) + "b" + new string('}', 301);

        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("NESTING_TOO_DEEP");
    }

    [Theory]
    [InlineData("introspection.graphql")]
    [InlineData("introspection-full.graphql")]
    public async Task The_ide_introspection_query_passes(string file)
    {
        // graphql-js getIntrospectionQuery(), as GraphiQL sends it, and with every option on (Banana Cake Pop's is alike).
        var query = await File.ReadAllTextAsync(RepositoryRoot.Combine("tests", "GraphApi.Tests", "Execution", "Limits", file));

        using var response = await _client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, operationName = "IntrospectionQuery" })));

        var body = await response.ReadJsonAsync();
        if (body.TryGetProperty("errors", out var errors))
        {
            // A validation error about an option GraphQL.NET does not know is not a limit refusal; a limit code would be.
            errors.EnumerateArray().ShouldAllBe(e => !e.GetProperty("extensions").GetProperty("code").GetString()!.EndsWith("_EXCEEDED", StringComparison.Ordinal), errors.ToString());
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            body.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength().ShouldBeGreaterThan(20);
        }
    }

    [Fact]
    public async Task The_plain_ide_introspection_query_returns_the_schema()
    {
        var query = await File.ReadAllTextAsync(RepositoryRoot.Combine("tests", "GraphApi.Tests", "Execution", "Limits", "introspection.graphql"));

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery(query));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength().ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Two_levels_of_introspection_lists_pass()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ __type(name: \"Query\") { fields { type { fields { name } } } } }"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
    }

    public static TheoryData<string, byte[], string> Bodies => new()
    {
        { "invalid UTF-8 in the query", [.. "{\"query\":\"{ __typename "u8, 0xC3, 0x28, .. "}\"}"u8], "INVALID_ENCODING" },
        { "invalid UTF-8 in a variable", [.. "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\""u8, 0xFF, 0xFE, .. "\"}}"u8], "INVALID_ENCODING" },
        { "overlong UTF-8", [.. "{\"query\":\"{ __typename "u8, 0xC0, 0xAF, .. "}\"}"u8], "INVALID_ENCODING" },
        { "a lone surrogate escape in the query", "{\"query\":\"{ __typename \\ud800 }\"}"u8.ToArray(), "INVALID_ENCODING" },
        { "a lone surrogate escape in a variable", "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"\\udc00\"}}"u8.ToArray(), "INVALID_ENCODING" },
        { "NaN", "{\"query\":\"{ __typename }\",\"variables\":{\"x\":NaN}}"u8.ToArray(), "INVALID_JSON" },
        { "variables nested 10,000 deep", Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}}"), "INVALID_JSON" },
        { "empty query", "{\"query\":\"\"}"u8.ToArray(), "INVALID_REQUEST" },
        { "whitespace query", "{\"query\":\"   \"}"u8.ToArray(), "INVALID_REQUEST" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Bad_bytes_are_4xx_with_a_precise_code(string name, byte[] body, string code)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _client.PostAsync("/graphql", content);

        ((int)response.StatusCode).ShouldBeInRange(400, 499, name);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe(code, name);
    }

    public static TheoryData<string, string> OddButHarmless => new()
    {
        { "a huge number variable", "{\"query\":\"query Q($n: Int) { __typename }\",\"variables\":{\"n\":1e400}}" },
        { "a huge integer literal", "{\"query\":\"{ __type(name: \\\"Query\\\") { fields(includeDeprecated: " + new string('9', 400) + ") { name } } }\"}" },
        { "duplicate keys", "{\"query\":\"{ __typename }\",\"query\":\"{ nope }\"}" },
        { "operationName of a fragment", "{\"query\":\"{ __typename } fragment F on Query { __typename }\",\"operationName\":\"F\"}" },
        { "operationName missing from the document", "{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}" },
        { "no operation at all", "{\"query\":\"fragment F on Query { __typename }\"}" },
        { "a 30 KB single token", "{\"query\":\"{ " + new string('a', 30_000) + " }\"}" },
        { "a 30 KB string argument", "{\"query\":\"{ __type(name: \\\"" + new string('a', 30_000) + "\\\") { name } }\"}" },
        { "a 30 KB unterminated string", "{\"query\":\"{ __type(name: \\\"" + new string('a', 30_000) + "\"}" },
        { "type system definitions", "{\"query\":\"type X { a: Int } { __typename }\"}" },
        { "a subscription", "{\"query\":\"subscription { __typename }\"}" },
        { "variables of the wrong type", "{\"query\":\"query Q($b: Boolean!) { __typename @include(if: $b) }\",\"variables\":{\"b\":{\"deep\":[[[[1]]]]}}}" },
        { "a variable named twice", "{\"query\":\"query Q($b: Boolean!, $b: Boolean!) { __typename @include(if: $b) }\",\"variables\":{\"b\":true}}" },
        { "an unknown directive", "{\"query\":\"{ __typename @nope }\"}" },
        { "comments only", "{\"query\":\"# nothing\\n\"}" },
        { "a NUL character", "{\"query\":\"{ __typename \\u0000 }\"}" },
    };

    [Theory]
    [MemberData(nameof(OddButHarmless))]
    public async Task Odd_input_never_reaches_internal_error(string name, string body)
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post(body, accept: GraphQLHttp.GraphQLResponse));

        ((int)response.StatusCode).ShouldBeLessThan(500, name);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("INTERNAL_ERROR", Case.Sensitive, name);
        text.ShouldNotContain("\"codes\"", Case.Sensitive, name);
    }

    /// <summary>Zeroes the sandbox's call counts, the analyses' work and the validation count before one request.</summary>
    private (ISandboxCallCounters Counters, AnalysisWork Work) Reset()
    {
        var counters = factory.Services.GetRequiredService<ISandboxCallCounters>();
        var work = factory.Services.GetRequiredService<AnalysisWork>();
        counters.Reset();
        work.Reset();
        factory.ResetValidations();
        return (counters, work);
    }

    private static string NineBoards => string.Concat(Enumerable.Range(1, 9).Select(i => $"boards(first: {i}) {{ __typename }} "));

    // 50 copies of a parent holding nine boards(first: 1..9), as the reviewer's 12.8 KB document.
    private static string MergedBoards(Func<string, string> parent) => "{ " + string.Concat(Enumerable.Repeat(parent(NineBoards), 50)) + "}";

    private static string FanOut(int levels)
    {
        var builder = new StringBuilder("{ ...F").Append(levels).Append(" } fragment F0 on Query { __typename } ");
        for (var i = 1; i <= levels; i++)
        {
            // Each level spreads the one below twice.
            builder.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i - 1).Append(" ...F").Append(i - 1).Append(" } ");
        }

        return builder.ToString();
    }
}
