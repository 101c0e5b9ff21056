using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace GraphApi.Bench.Runner;

/// <summary>The static upstream's call log (bench/StaticUpstream): <c>POST /_bench/reset</c> and <c>GET /_bench/calls</c>.</summary>
internal sealed class StaticUpstream(HttpClient http, Uri origin)
{
    public Uri ApiBase { get; } = new(origin, "/v5");

    public Uri TokenUrl { get; } = new(origin, "/v5/oauth/token");

    public Uri CallsUrl { get; } = new(origin, "/_bench/calls");

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(origin, "/_bench/reset"), null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<UpstreamCalls> CallsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<UpstreamCalls>(CallsUrl, cancellationToken)
        ?? throw new BenchFailure("GET /_bench/calls answered null.");
}

internal sealed record UpstreamCalls(
    [property: JsonPropertyName("calls")] int Calls,
    [property: JsonPropertyName("waves")] int Waves,
    [property: JsonPropertyName("byOperation")] Dictionary<string, int>? ByOperation);
