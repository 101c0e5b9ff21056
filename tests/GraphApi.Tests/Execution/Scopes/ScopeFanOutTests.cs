using System.Diagnostics;
using System.Net;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Execution.Scopes;

/// <summary>
/// The scope analysis walks each fragment once and lists a bounded number of denials, whatever the document. The
/// document limits are lifted to their maximum so the fan-outs reach the analysis (at the defaults they are refused
/// before validation: see Limits/HostileDocumentTests). 2^8 copies of the leaf under one response name is the deepest
/// fan-out that passes MaxFieldsPerResponseName's maximum (1,000); the analysis memoises per fragment, so depth costs nothing.
/// </summary>
public sealed class ScopeFanOutTests : IDisposable
{
    // A guard against runaway (exponential) work, not a speed claim: an unmemoised walk of these documents takes
    // minutes, a memoised one milliseconds, so the bound is generous enough for a loaded 2-core CI machine.
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(30);
    private readonly ScopeTestFactory _factory = new() { Mode = "Reject", Settings = RelaxedLimits.DocumentLimits };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_two_to_the_eight_fan_out_over_a_denied_field_is_refused_quickly_with_one_error_for_it()
    {
        await _factory.ConnectAsync("f1", "boards:read");
        using var client = _factory.CreateClientFor("f1");

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(CostLimitTests.FanOut(8, "testBoard { pins }")));
        var body = await response.ReadJsonAsync();
        clock.Stop();

        clock.Elapsed.ShouldBeLessThan(Quickly);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The leaf is written twice (fragments A8 and B8): two field nodes, each reported once.
        body.GetProperty("errors").EnumerateArray().Count(e => e.GetProperty("extensions").GetProperty("code").GetString() == "INSUFFICIENT_SCOPE").ShouldBe(2);
        _factory.Calls.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_fan_out_of_allowed_fields_runs_quickly()
    {
        await _factory.ConnectAsync("f2", "boards:read", "pins:read");
        using var client = _factory.CreateClientFor("f2");

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(CostLimitTests.FanOut(8, "testBoard { name pins }")));
        var body = await response.ReadJsonAsync();
        clock.Stop();

        clock.Elapsed.ShouldBeLessThan(Quickly);
        // Over the cost budget (each of the 256 paths resolves testBoard and pins, one call each), not a scope problem:
        // 400, nothing ran.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorCode().ShouldBe("COST_LIMIT_EXCEEDED");
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("cost").GetProperty("upstreamCalls").GetInt32().ShouldBe(2 << 8);
        _factory.Calls.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Reject_mode_lists_fifty_denials_and_one_error_counting_the_rest()
    {
        await _factory.ConnectAsync("f3", "boards:read");
        using var client = _factory.CreateClientFor("f3");
        var query = "{ testBoard { " + string.Join(' ', Enumerable.Range(0, 80).Select(i => $"p{i}: pins")) + " } }";

        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        var body = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var codes = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList();
        codes.Take(50).ShouldAllBe(c => c == "INSUFFICIENT_SCOPE");
        codes[50].ShouldBe("TOO_MANY_ERRORS");
        body.GetProperty("errors")[50].GetProperty("extensions").GetProperty("omittedErrors").GetInt32().ShouldBe(30);
        codes.Count.ShouldBe(51);
        _factory.Calls.Count.ShouldBe(0);
    }
}
