using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

internal static class HttpJson
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON body.");
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static StringContent Body(object value) =>
        new(JsonSerializer.Serialize(value, JsonOptions), Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, object value) =>
        client.PatchAsync(new Uri(url, UriKind.Relative), Body(value));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object value) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), value, JsonOptions);

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Code(this JsonNode error) => error["code"]!.GetValue<int>();

    public static IReadOnlyList<JsonNode> Items(this JsonNode page) => page["items"]!.AsArray().Select(i => i!).ToList();

    public static string? Bookmark(this JsonNode page) => page["bookmark"]?.GetValue<string>();
}
