using System.Net;
using System.Text.Json;
using GraphApi.Execution.Limits;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
namespace GraphApi.Tests.Execution.Cost;

/// <summary>
/// Sends a request to the shared sandbox gateway asking for <c>extensions.cost</c>, and counts what it made: Pinterest
/// calls (the sandbox's counters) and the selections the analyses before execution visited (<see cref="AnalysisWork"/>).
/// </summary>
internal static class CostClient
{
    public sealed record Answer(HttpStatusCode Status, JsonElement Body, long UpstreamCalls, AnalysisVisits Visits, int WrittenSelections, string CallsByOperation)
    {
        public int EstimatedCalls => Body.At("extensions.cost.upstreamCalls").GetInt32();

        public IReadOnlyList<string> Codes => Body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.At("extensions.code").GetString()!).ToList()
            : [];
    }

    public static Task<Answer> QueryAsync(PinterestSandboxFixture fixture, string user, string query, object? variables = null) =>
        SendAsync(fixture, user, JsonSerializer.Serialize(new { query, variables }));

    /// <summary>Resets the counters first, so <see cref="Answer.UpstreamCalls"/> and <see cref="Answer.Visits"/> are this request's.</summary>
    public static async Task<Answer> SendAsync(PinterestSandboxFixture fixture, string user, string body)
    {
        using var client = fixture.Factory.CreateClientFor(user);
        using var request = GraphQLHttp.Post(body);
        request.Headers.Add("GraphApi-Cost", "true");
        var work = fixture.Factory.Services.GetRequiredService<AnalysisWork>();
        fixture.Counters.Reset();
        work.Reset();
        using var response = await client.SendAsync(request);
        var json = await response.ReadJsonAsync();
        var calls = fixture.Counters.Snapshot();
        // Per operation, for failure messages: a count that is off by one says which call was extra.
        var byOperation = string.Join(", ", calls.Select(c => $"{c.Key}={c.Value}"));
        return new Answer(response.StatusCode, json, calls.Values.Sum(), AnalysisVisits.Of(work), AnalysisWorkBound.WrittenSelectionsInBody(body), byOperation);
    }
}
