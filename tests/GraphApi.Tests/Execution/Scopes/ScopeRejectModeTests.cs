using System.Net;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Execution.Scopes;

public sealed class ScopeRejectModeTests : IDisposable
{
    private readonly ScopeTestFactory _factory = new() { Mode = "Reject" };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_whole_request_is_403_with_one_error_per_offending_field_and_nothing_runs()
    {
        await _factory.ConnectAsync("r1", "boards:read");
        using var client = _factory.CreateClientFor("r1");

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("""
            { a: testBoard { name pins } b: testBoard { ...F } testMedia { url } }
            fragment F on TestBoard { pins secretNote }
            """));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var body = await response.ReadJsonAsync();
        body.TryGetProperty("data", out _).ShouldBeFalse();
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("extensions").GetProperty("code").GetString()} {e.GetProperty("message").GetString()!.Split(' ')[0]} {e.GetProperty("locations")[0].GetProperty("line").GetInt32()}")
            .ToList();
        errors.ShouldBe(
        [
            "INSUFFICIENT_SCOPE TestBoard.pins 1",
            "INSUFFICIENT_SCOPE TestBoard.pins 2",
            "INSUFFICIENT_SCOPE TestBoard.secretNote 2",
            "INSUFFICIENT_SCOPE TestVideo.url 1",
        ]);
        _factory.Calls.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Under_graphql_response_json_it_is_403_too()
    {
        await _factory.ConnectAsync("r2", "boards:read");
        using var client = _factory.CreateClientFor("r2");

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ testBoard { pins } }", accept: GraphQLHttp.GraphQLResponse));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_guarded_mutation_is_refused_before_it_runs()
    {
        await _factory.ConnectAsync("r3", "pins:read");
        using var client = _factory.CreateClientFor("r3");

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("mutation { testWrite }"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.ReadJsonAsync()).FirstErrorMessage().ShouldStartWith("Mutation.testWrite needs Pinterest scope pins:write");
        _factory.Calls.Count.ShouldBe(0);
    }

    [Fact]
    public async Task An_allowed_request_runs_normally()
    {
        await _factory.ConnectAsync("r4", "boards:read", "pins:read", "pins:write");
        using var client = _factory.CreateClientFor("r4");

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("mutation { testWrite }"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("testWrite").GetString().ShouldBe("written");
    }
}
