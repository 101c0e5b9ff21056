using System.Net;
using GraphApi.Execution.Limits;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
namespace GraphApi.Tests.Execution.Scopes;

/// <summary>
/// The scope analysis walks each fragment once and lists a bounded number of denials, whatever the document. The
/// document limits are lifted to their maximum so the fan-outs reach the analysis (at the defaults they are refused
/// before validation: see Limits/HostileDocumentTests). 2^8 copies of the leaf under one response name is the deepest
/// fan-out that passes MaxFieldsPerResponseName's maximum (1,000); the analysis memoises per fragment, so depth costs nothing:
/// it visits each written selection once (every fragment here is on Query), where a walk per path would visit 2^9.
/// </summary>
public sealed class ScopeFanOutTests : IDisposable
{
    private readonly ScopeTestFactory _factory = new() { Mode = "Reject", Settings = RelaxedLimits.DocumentLimits };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_two_to_the_eight_fan_out_over_a_denied_field_is_refused_after_one_visit_per_written_selection_with_one_error_for_it()
    {
        await _factory.ConnectAsync("f1", "boards:read");
        using var client = _factory.CreateClientFor("f1");
        var query = CostLimitTests.FanOut(8, "testBoard { pins }");
        var work = Work();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        var body = await response.ReadJsonAsync();

        ShouldVisitEachWrittenSelectionOnce(work, query);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The leaf is written twice (fragments A8 and B8): two field nodes, each reported once.
        body.GetProperty("errors").EnumerateArray().Count(e => e.GetProperty("extensions").GetProperty("code").GetString() == "INSUFFICIENT_SCOPE").ShouldBe(2);
        _factory.Calls.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_fan_out_of_allowed_fields_is_analysed_in_one_visit_per_written_selection()
    {
        await _factory.ConnectAsync("f2", "boards:read", "pins:read");
        using var client = _factory.CreateClientFor("f2");
        var query = CostLimitTests.FanOut(8, "testBoard { name pins }");
        var work = Work();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        var body = await response.ReadJsonAsync();

        ShouldVisitEachWrittenSelectionOnce(work, query);
        work.ShouldBeLinearIn(AnalysisWorkBound.WrittenSelections(query));
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

    private AnalysisWork Work()
    {
        var work = _factory.Services.GetRequiredService<AnalysisWork>();
        work.Reset();
        return work;
    }

    private static void ShouldVisitEachWrittenSelectionOnce(AnalysisWork work, string query)
    {
        var written = AnalysisWorkBound.WrittenSelections(query);
        work.ScopeVisits.ShouldBeGreaterThan(0, "the scope analysis ran");
        work.ScopeVisits.ShouldBeLessThanOrEqualTo(written, $"{written} selections written");
    }
}
