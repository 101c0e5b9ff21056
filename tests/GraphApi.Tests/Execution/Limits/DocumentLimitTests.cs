using System.Net;
using System.Text;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Limits;

/// <summary>Each document limit with a small configured value: just under runs, just over is refused with its code, before validation.</summary>
public sealed class DocumentLimitTests(SmallLimitsFactory factory) : IClassFixture<SmallLimitsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, string?> Cases => new()
    {
        // Depth: __type { ofType { ofType ... } } is valid at any depth and never calls Pinterest.
        { "depth 5", Nested(5), null },
        { "depth 6", Nested(6), "DEPTH_LIMIT_EXCEEDED" },
        { "depth 6 through fragments", "{ __type(name: \"Query\") { ...A } } fragment A on __Type { ofType { ...B } } fragment B on __Type { ofType { ofType { ofType { name } } } }", "DEPTH_LIMIT_EXCEEDED" },

        // Field selections are summed over every operation of the document.
        { "20 selections", Operations(20), null },
        { "21 selections", Operations(21), "SELECTION_LIMIT_EXCEEDED" },

        // The same response name merged into one selection set (validation compares them pairwise).
        { "8 same-named fields", "{ " + Repeat("__typename ", 8) + "}", null },
        { "9 same-named fields", "{ " + Repeat("__typename ", 9) + "}", "SELECTION_LIMIT_EXCEEDED" },
        { "9 same-named fields through a fragment", "{ __typename ...F } fragment F on Query { " + Repeat("__typename ", 8) + "}", "SELECTION_LIMIT_EXCEEDED" },

        // Same-named parents merge their selections too: counted per response path (__type/name).
        { "8 same-path fields under 2 same-named parents", "{ " + Repeat("__type(name: \"Query\") { name name name name } ", 2) + "}", null },
        { "9 same-path fields under 3 same-named parents", "{ " + Repeat("__type(name: \"Query\") { name name name } ", 3) + "}", "SELECTION_LIMIT_EXCEEDED" },
        { "9 same-path fields under same-named parents through a fragment", "{ __type(name: \"Query\") { name } ...F ...F } fragment F on Query { __type(name: \"Query\") { name name name name } }", "SELECTION_LIMIT_EXCEEDED" },

        // Aliases, counted as if every spread were written out.
        { "4 aliases", "{ a1: __typename a2: __typename a3: __typename a4: __typename }", null },
        { "5 aliases", "{ a1: __typename a2: __typename a3: __typename a4: __typename a5: __typename }", "ALIAS_LIMIT_EXCEEDED" },
        { "6 aliases by spreading one fragment three times", "query Q1 { ...F } query Q2 { ...F } query Q3 { ...F } fragment F on Query { a: __typename b: __typename }", "ALIAS_LIMIT_EXCEEDED" },

        // Fragment spreads, expanded: F1 spreads F0 twice, F2 spreads F1 twice.
        { "6 expanded spreads", "{ ...F1 ...F1 } fragment F0 on Query { __typename } fragment F1 on Query { ...F0 ...F0 }", null },
        { "7 expanded spreads", "{ ...F2 } fragment F0 on Query { __typename } fragment F1 on Query { ...F0 ...F0 } fragment F2 on Query { ...F1 ...F1 }", "FRAGMENT_LIMIT_EXCEEDED" },

        // Fragment definitions.
        { "3 fragment definitions", "{ ...A ...B ...C } fragment A on Query { __typename } fragment B on Query { __typename } fragment C on Query { __typename }", null },
        { "4 fragment definitions", "{ ...A ...B ...C ...D } fragment A on Query { __typename } fragment B on Query { __typename } fragment C on Query { __typename } fragment D on Query { __typename }", "FRAGMENT_LIMIT_EXCEEDED" },

        // Directives on one node.
        { "2 directives on a field", "{ __typename @include(if: true) @skip(if: false) }", null },
        { "3 directives on a field", "{ __typename @include(if: true) @skip(if: false) @include(if: true) }", "DIRECTIVE_LIMIT_EXCEEDED" },
        { "3 directives on a spread", "{ ...F @include(if: true) @skip(if: false) @include(if: true) } fragment F on Query { __typename }", "DIRECTIVE_LIMIT_EXCEEDED" },
        { "3 directives on an operation", "query Q @a @b @c { __typename }", "DIRECTIVE_LIMIT_EXCEEDED" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Just_under_runs_and_just_over_is_refused_with_its_code(string name, string query, string? code)
    {
        var counters = factory.Services.GetRequiredService<ISandboxCallCounters>();
        counters.Reset();

        using var response = await _client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, operationName = query.StartsWith("query Q1", StringComparison.Ordinal) ? "Q1" : null })));
        var body = await response.ReadJsonAsync();

        if (code is null)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, name);
            body.TryGetProperty("errors", out var errors).ShouldBeFalse($"{name}: {errors}");
            body.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Object);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, name);
            body.FirstErrorCode().ShouldBe(code, name);
            body.GetProperty("errors").GetArrayLength().ShouldBe(1);
            body.TryGetProperty("data", out _).ShouldBeFalse();
        }

        counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_get_gets_the_same_code()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Nested(6)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("DEPTH_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_refused_request_of_a_batch_is_refused_alone()
    {
        var batch = JsonSerializer.Serialize(new[] { new { query = "{ __typename }" }, new { query = Nested(6) } });

        using var response = await _client.SendAsync(GraphQLHttp.Post(batch));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body[0].GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
        body[1].FirstErrorCode().ShouldBe("DEPTH_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task Validation_errors_stop_at_the_cap_with_one_too_many_errors()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ a b c d e f }"));

        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.GetArrayLength().ShouldBe(SmallLimitsFactory.MaxErrors + 1);
        errors[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FIELDS_ON_CORRECT_TYPE");
        errors[SmallLimitsFactory.MaxErrors].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("TOO_MANY_ERRORS");
    }

    [Fact]
    public async Task Errors_at_the_cap_are_not_trimmed()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ a b c }"));

        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.GetArrayLength().ShouldBe(3);
        errors.EnumerateArray().ShouldAllBe(e => e.GetProperty("extensions").GetProperty("code").GetString() == "FIELDS_ON_CORRECT_TYPE");
    }

    [Fact]
    public async Task A_response_over_the_size_limit_is_answered_with_response_too_large()
    {
        // The introspected type list of this schema is far above 4 KiB; the document itself is within every limit.
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ __schema { types { name description } } }"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        Encoding.UTF8.GetByteCount(text).ShouldBeLessThan(1024);
        var body = JsonDocument.Parse(text).RootElement;
        body.FirstErrorCode().ShouldBe("RESPONSE_TOO_LARGE");
        body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_response_under_the_size_limit_is_sent_with_its_length()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ __schema { queryType { name } } }"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.Content.Headers.ContentLength.ShouldBe(bytes.Length);
        JsonDocument.Parse(bytes).RootElement.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString().ShouldBe("Query");
    }

    private static string Nested(int depth)
    {
        // depth 1 is __type itself; each ofType adds one; the innermost selection is name.
        var builder = new StringBuilder("{ __type(name: \"Query\") { ");
        for (var i = 2; i < depth; i++)
        {
            builder.Append("ofType { ");
        }

        builder.Append("name ");
        builder.Append(string.Concat(Enumerable.Repeat("} ", depth - 1)));
        return builder.Append('}').ToString();
    }

    private static string Operations(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"query Q{i} {{ __typename }} "));

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
