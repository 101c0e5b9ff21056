using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GraphApi.Bench.Baseline;

/// <summary>The four GETs the scenarios need, on a typed HttpClient from IHttpClientFactory (base URL and bearer preset).</summary>
internal sealed class PinterestUpstream(HttpClient http)
{
    public Task<UpstreamAccount> UserAccountAsync(CancellationToken cancellationToken) =>
        GetAsync("user_account", UpstreamJsonContext.Default.UpstreamAccount, cancellationToken);

    public Task<UpstreamPage<UpstreamBoard>> BoardsAsync(int pageSize, CancellationToken cancellationToken) =>
        GetAsync($"boards?page_size={pageSize.ToString(CultureInfo.InvariantCulture)}", UpstreamJsonContext.Default.UpstreamPageUpstreamBoard, cancellationToken);

    public Task<UpstreamPage<UpstreamPin>> BoardPinsAsync(string boardId, int pageSize, CancellationToken cancellationToken) =>
        GetAsync($"boards/{Uri.EscapeDataString(boardId)}/pins?page_size={pageSize.ToString(CultureInfo.InvariantCulture)}",
            UpstreamJsonContext.Default.UpstreamPageUpstreamPin, cancellationToken);

    /// <summary>GET /pins/analytics for up to 100 pins: pin id → app type → metrics.</summary>
    public Task<Dictionary<string, Dictionary<string, UpstreamPinMetrics>>> PinAnalyticsAsync(
        IEnumerable<string> pinIds, DateOnly start, DateOnly end, string metricTypes, CancellationToken cancellationToken)
    {
        var path = new StringBuilder("pins/analytics?");
        foreach (var id in pinIds)
        {
            path.Append("pin_ids=").Append(Uri.EscapeDataString(id)).Append('&');
        }

        path.Append(CultureInfo.InvariantCulture, $"start_date={start:yyyy-MM-dd}&end_date={end:yyyy-MM-dd}&app_types=ALL&metric_types={metricTypes}");
        return GetAsync(path.ToString(), UpstreamJsonContext.Default.DictionaryStringDictionaryStringUpstreamPinMetrics, cancellationToken);
    }

    private async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(body, type, cancellationToken) ?? throw new JsonException($"The upstream answered null for {path.Split('?')[0]}.");
    }
}
