using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GraphApi.Pinterest.Tests.OpenApi;

internal sealed record SpecOperation(string Method, string Path, JsonObject Node, JsonObject PathItem)
{
    public string OperationId => Node["operationId"]!.GetValue<string>();

    public string Tag => Node["tags"]![0]!.GetValue<string>();

    public string? RateLimitCategory => Node["x-ratelimit-category"]?.GetValue<string>();

    public IEnumerable<JsonObject> Parameters =>
        (PathItem["parameters"]?.AsArray() ?? []).Concat(Node["parameters"]?.AsArray() ?? [])
            .Select(p => OpenApiDocument.Instance.Resolve(p!).AsObject());

    public bool UsesBasicAuth => Node["security"]?.AsArray().Any(s => s!.AsObject().ContainsKey("basic")) == true;

    public Regex PathPattern => new("^/v5" + Regex.Replace(Regex.Escape(Path), @"\\\{(\w+)}", "(?<$1>[^/]+)") + "$");

    public (string ContentType, JsonNode Schema)? RequestBody =>
        Node["requestBody"] is { } body && OpenApiDocument.Instance.Resolve(body)["content"]!.AsObject().Single() is var content
            ? (content.Key, content.Value!["schema"]!)
            : null;

    /// <summary>The schema of the first 2xx JSON response, if any.</summary>
    public JsonNode? SuccessSchema =>
        Node["responses"]!.AsObject()
            .Where(r => r.Key.StartsWith('2'))
            .Select(r => OpenApiDocument.Instance.Resolve(r.Value!)["content"]?["application/json"]?["schema"])
            .FirstOrDefault(s => s is not null);

    public override string ToString() => OperationId;
}
