using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Tests.OpenApi;

/// <summary>
/// The official description (a copy of shared/reference/pinterest-openapi.json, 5.23.0) and look-ups into it.
/// </summary>
internal sealed class OpenApiDocument
{
    public static readonly OpenApiDocument Instance = new();

    private OpenApiDocument()
    {
        Root = JsonNode.Parse(GraphApi.Testing.OpenApiSpecFile.Read())!.AsObject();
    }

    public JsonObject Root { get; }

    public JsonObject Schemas => Root["components"]!["schemas"]!.AsObject();

    public IEnumerable<SpecOperation> Operations =>
        from path in Root["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where method.Key is "get" or "post" or "patch" or "delete" or "put"
        select new SpecOperation(method.Key.ToUpperInvariant(), path.Key, method.Value!.AsObject(), path.Value!.AsObject());

    public SpecOperation Operation(string operationId) => Operations.Single(o => o.OperationId == operationId);

    /// <summary>Follows a local <c>$ref</c> (if any) to the node it points at.</summary>
    public JsonNode Resolve(JsonNode node)
    {
        while (node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference)
        {
            node = reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode)Root, (current, segment) => current[segment.Replace("~1", "/", StringComparison.Ordinal)]!);
        }

        return node;
    }
}
