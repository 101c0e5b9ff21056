using System.Net;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Scopes;

public sealed class ScopeFilterModeTests : IDisposable
{
    private readonly ScopeTestFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_unauthorized_field_is_null_with_insufficient_scope_and_never_resolves_while_the_rest_runs()
    {
        await _factory.ConnectAsync("u1", "boards:read");
        using var client = _factory.CreateClientFor("u1");

        var body = await PostAsync(client, "{ testBoard { name pins } }");

        body.GetProperty("data").GetProperty("testBoard").GetProperty("name").GetString().ShouldBe("Recipes");
        body.GetProperty("data").GetProperty("testBoard").GetProperty("pins").ValueKind.ShouldBe(JsonValueKind.Null);
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("INSUFFICIENT_SCOPE");
        error.GetProperty("path").ToString().ShouldBe("""["testBoard","pins"]""");
        error.GetProperty("extensions").GetProperty("requiredScopes").ToString().ShouldBe("""[["pins:read"]]""");
        error.GetProperty("extensions").GetProperty("missingScopes").ToString().ShouldBe("""["pins:read"]""");
        error.GetProperty("message").GetString().ShouldBe("TestBoard.pins needs Pinterest scope pins:read (not granted on the Pinterest connection).");
        _factory.Calls.Count.ShouldBe(1, "testBoard resolved; the filtered pins field never did");
    }

    [Fact]
    public async Task Fragments_inline_fragments_and_aliases_are_followed()
    {
        await _factory.ConnectAsync("u2", "boards:read");
        using var client = _factory.CreateClientFor("u2");

        var body = await PostAsync(client, """
            { a: testBoard { ...F } b: testBoard { ... on TestBoard { n: name } } }
            fragment F on TestBoard { p: pins }
            """);

        var errors = body.GetProperty("errors");
        errors.GetArrayLength().ShouldBe(1);
        errors[0].GetProperty("path").ToString().ShouldBe("""["a","p"]""");
        body.GetProperty("data").GetProperty("b").GetProperty("n").GetString().ShouldBe("Recipes");
        _factory.Calls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_skipped_field_is_neither_checked_nor_resolved()
    {
        await _factory.ConnectAsync("u3", "boards:read");
        using var client = _factory.CreateClientFor("u3");

        var body = await PostAsync(client, "query Q($skip: Boolean!) { testBoard { name pins @skip(if: $skip) } }", new { skip = true });

        body.TryGetProperty("errors", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Any_one_alternative_is_enough()
    {
        await _factory.ConnectAsync("u4", "boards:read", "pins:read", "pins:read_secret");
        using var client = _factory.CreateClientFor("u4");

        var body = await PostAsync(client, "{ testBoard { secretNote } }");

        body.GetProperty("data").GetProperty("testBoard").GetProperty("secretNote").GetString().ShouldBe("secret");
    }

    [Fact]
    public async Task Without_a_connection_fields_say_how_to_connect()
    {
        using var client = _factory.CreateClientFor("nobody");

        var body = await PostAsync(client, "{ testBoard { name } gateway { name } }");

        body.GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        body.FirstErrorCode().ShouldBe("PINTEREST_NOT_CONNECTED");
        body.FirstErrorMessage().ShouldContain("connectPinterest");
        _factory.Calls.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_connection_that_needs_reconnecting_says_so()
    {
        await _factory.ConnectAsync("u5", "boards:read");
        await _factory.MarkReconnectRequiredAsync("u5");
        using var client = _factory.CreateClientFor("u5");

        var body = await PostAsync(client, "{ testBoard { name } }");

        body.FirstErrorCode().ShouldBe("PINTEREST_RECONNECT_REQUIRED");
    }

    [Fact]
    public async Task A_partner_token_narrows_the_connection()
    {
        await _factory.ConnectAsync("u6", "boards:read", "pins:read");
        using var client = _factory.CreateClientFor("u6", tokenScope: "boards:read");

        var body = await PostAsync(client, "{ testBoard { name pins } }");

        body.FirstErrorMessage().ShouldBe("TestBoard.pins needs Pinterest scope pins:read (granted on the Pinterest connection but not allowed by the caller's token).");
        body.GetProperty("data").GetProperty("testBoard").GetProperty("name").GetString().ShouldBe("Recipes");
    }

    [Fact]
    public async Task On_an_interface_the_concrete_type_guard_applies()
    {
        await _factory.ConnectAsync("u7", "boards:read");
        using var client = _factory.CreateClientFor("u7");

        var body = await PostAsync(client, "{ testMedia { kind url } }");

        var media = body.GetProperty("data").GetProperty("testMedia");
        media[0].GetProperty("url").GetString().ShouldBe("https://img");
        media[1].GetProperty("url").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("errors")[0].GetProperty("path").ToString().ShouldBe("""["testMedia",1,"url"]""");
    }

    [Fact]
    public async Task Two_users_see_only_their_own_connection()
    {
        await _factory.ConnectAsync("alice", "boards:read", "pins:read");
        using var bob = _factory.CreateClientFor("bob");
        using var alice = _factory.CreateClientFor("alice");

        (await PostAsync(bob, "{ testBoard { pins } }")).FirstErrorCode().ShouldBe("PINTEREST_NOT_CONNECTED");
        (await PostAsync(alice, "{ testBoard { pins } }")).TryGetProperty("errors", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task The_sdl_shows_each_guarded_field_scopes()
    {
        using var client = _factory.CreateClientFor("u8");

        var body = await PostAsync(client, """{ __type(name: "TestBoard") { fields { name } } }""");

        body.TryGetProperty("errors", out _).ShouldBeFalse();
        var sdl = GraphApi.Schema.SchemaExportCommand.Print(_factory.Services.GetRequiredService<GraphQL.Types.ISchema>());
        sdl.ShouldContain("""pins: [String!] @requiresScopes(scopes: [["pins:read"]])""");
        sdl.ShouldContain("""secretNote: String @requiresScopes(scopes: [["boards:read_secret"], ["pins:read_secret", "pins:read"]])""");
        sdl.ShouldContain("directive @requiresScopes(");
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }
}
