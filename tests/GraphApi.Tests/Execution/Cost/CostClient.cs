using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Execution.Cost;

/// <summary>Sends a request to the shared sandbox gateway asking for <c>extensions.cost</c>, and times it.</summary>
internal static class CostClient
{
    public sealed record Answer(HttpStatusCode Status, JsonElement Body, TimeSpan Elapsed, long UpstreamCalls)
    {
        public int EstimatedCalls => Body.At("extensions.cost.upstreamCalls").GetInt32();

        public IReadOnlyList<string> Codes => Body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.At("extensions.code").GetString()!).ToList()
            : [];
    }

    public static Task<Answer> QueryAsync(PinterestSandboxFixture fixture, string user, string query, object? variables = null) =>
        SendAsync(fixture, user, JsonSerializer.Serialize(new { query, variables }));

    /// <summary>Resets the sandbox counters first, so <see cref="Answer.UpstreamCalls"/> is what this request made.</summary>
    public static async Task<Answer> SendAsync(PinterestSandboxFixture fixture, string user, string body)
    {
        using var client = fixture.Factory.CreateClientFor(user);
        using var request = GraphQLHttp.Post(body);
        request.Headers.Add("GraphApi-Cost", "true");
        fixture.Counters.Reset();
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var json = await response.ReadJsonAsync();
        clock.Stop();
        return new Answer(response.StatusCode, json, clock.Elapsed, fixture.Counters.Snapshot().Values.Sum());
    }
}
