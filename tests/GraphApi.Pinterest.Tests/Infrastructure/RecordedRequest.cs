using System.Text.Json.Nodes;
using WireMock;

namespace GraphApi.Pinterest.Tests.Infrastructure;

/// <summary>A request as it reached the server, with the raw query split in order so array styles stay visible.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query, IDictionary<string, string> Headers, string? Body)
{
    public static RecordedRequest From(IRequestMessage message)
    {
        var raw = (message.RawQuery ?? string.Empty).TrimStart('?');
        var query = raw.Length == 0
            ? []
            : raw.Split('&').Select(pair => pair.Split('=', 2)).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty))).ToList();
        var headers = message.Headers!.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new RecordedRequest(message.Method, message.AbsolutePath, query, headers, message.Body);
    }

    /// <summary>The raw value of a single-valued query parameter.</summary>
    public string? QueryValue(string name) => Query.SingleOrDefault(p => p.Key == name).Value;

    public IReadOnlyList<string> QueryValues(string name) => Query.Where(p => p.Key == name).Select(p => p.Value).ToList();

    public JsonNode JsonBody() => JsonNode.Parse(Body ?? throw new InvalidOperationException("No body."))!;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
