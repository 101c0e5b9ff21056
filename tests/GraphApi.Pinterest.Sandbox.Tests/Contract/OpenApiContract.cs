using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>
/// Validates bodies against Pinterest's official OpenAPI 5.23.0 description (committed copy in OpenApi/).
/// OpenAPI 3.0 schemas are turned into JSON Schema 2020-12 once: components become <c>$defs</c>,
/// <c>nullable: true</c> becomes a <c>null</c> alternative, and every operation's request and response
/// schemas are added as named definitions of one registered document.
/// </summary>
internal sealed class OpenApiContract
{
    private const string DocumentId = "https://pinterest-sandbox.test/openapi.json";
    private static readonly Lazy<OpenApiContract> Shared = new(() => new OpenApiContract());
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Method, string Path)> _operations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _definitions = new(StringComparer.Ordinal);

    public static OpenApiContract Instance => Shared.Value;

    private OpenApiContract()
    {
        var spec = JsonNode.Parse(GraphApi.Testing.OpenApiSpecFile.Read())!.AsObject();
        var defs = new JsonObject();
        foreach (var (name, schema) in spec["components"]!["schemas"]!.AsObject())
        {
            defs[name] = Convert(schema!.DeepClone());
        }

        foreach (var (path, item) in spec["paths"]!.AsObject())
        {
            foreach (var (method, operationNode) in item!.AsObject())
            {
                if (operationNode is not JsonObject operation || operation["operationId"] is not { } idNode)
                {
                    continue;
                }

                var operationId = idNode.GetValue<string>();
                _operations[operationId] = (method.ToUpperInvariant(), path);
                foreach (var (status, response) in operation["responses"]?.AsObject() ?? [])
                {
                    if (response?["content"]?["application/json"]?["schema"] is { } schema)
                    {
                        defs[ResponseName(operationId, status)] = Convert(schema.DeepClone());
                    }
                }

                foreach (var (_, content) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    if (content?["schema"] is { } schema)
                    {
                        defs[RequestName(operationId)] = Convert(schema.DeepClone());
                    }
                }
            }
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = DocumentId,
            ["$defs"] = defs,
        };
        _definitions.UnionWith(defs.Select(d => d.Key));
        var document = JsonSchema.FromText(root.ToJsonString(), _build);
        _build.SchemaRegistry.Register(document);
    }

    public IReadOnlyCollection<string> OperationIds => _operations.Keys;

    public bool HasResponseSchema(string operationId, int status) => _definitions.Contains(ResponseName(operationId, status.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Errors of <paramref name="body"/> against the operation's response schema for <paramref name="status"/> (falling back to <c>default</c>).</summary>
    public IReadOnlyList<string> ValidateResponse(string operationId, int status, JsonNode? body)
    {
        var name = ResponseName(operationId, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Validate(_definitions.Contains(name) ? name : ResponseName(operationId, "default"), body);
    }

    public IReadOnlyList<string> ValidateRequest(string operationId, JsonNode? body) =>
        _definitions.Contains(RequestName(operationId))
            ? Validate(RequestName(operationId), body)
            : throw new InvalidOperationException($"{operationId} has no request body in the spec.");

    private List<string> Validate(string definition, JsonNode? body)
    {
        var schema = _schemas.GetOrAdd(definition, name =>
            JsonSchema.FromText(new JsonObject { ["$ref"] = $"{DocumentId}#/$defs/{Escape(name)}" }.ToJsonString(), _build));
        using var document = JsonDocument.Parse(body?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
                .DefaultIfEmpty("invalid")
                .ToList();
    }

    private static string ResponseName(string operationId, string status) => $"response:{operationId.Replace('/', '.')}:{status}";

    private static string RequestName(string operationId) => $"request:{operationId.Replace('/', '.')}";

    private static string Escape(string name) => Uri.EscapeDataString(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    /// <summary>OpenAPI 3.0 → JSON Schema 2020-12 for the constructs this spec uses.</summary>
    private static JsonNode? Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Convert(array[i]?.DeepClone());
                }

                return array;
            case JsonObject obj:
                ApplyDiscriminator(obj);
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (key is "example" or "examples" or "discriminator")
                    {
                        obj.Remove(key);
                        continue;
                    }

                    if (key == "$ref" && obj[key] is JsonValue reference)
                    {
                        obj[key] = reference.GetValue<string>().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                        continue;
                    }

                    // "properties" maps names to schemas: convert the schemas, never treat the names as keywords.
                    if (key is "properties" or "patternProperties" && obj[key] is JsonObject map)
                    {
                        foreach (var property in map.Select(p => p.Key).ToList())
                        {
                            map[property] = Convert(map[property]?.DeepClone());
                        }

                        continue;
                    }

                    obj[key] = Convert(obj[key]?.DeepClone());
                }

                FixExclusive(obj, "exclusiveMinimum", "minimum");
                FixExclusive(obj, "exclusiveMaximum", "maximum");
                if (obj["nullable"] is JsonValue nullable)
                {
                    obj.Remove("nullable");
                    if (nullable.GetValue<bool>())
                    {
                        return MakeNullable(obj);
                    }
                }

                return obj;
            default:
                return node;
        }
    }

    /// <summary>
    /// OpenAPI's discriminator picks the one branch of a <c>oneOf</c> by a property's value. JSON Schema has no such
    /// keyword, and some of Pinterest's branches accept each other's bodies (the three <c>CatalogsItemsBatch</c> shapes
    /// differ only in their records' id field), so a plain <c>oneOf</c> fails every body. With a mapping, the
    /// <c>oneOf</c> becomes: the property is required and one of the mapped values, and each value's branch applies.
    /// </summary>
    private static void ApplyDiscriminator(JsonObject obj)
    {
        if (obj["discriminator"] is not JsonObject { } discriminator || discriminator["mapping"] is not JsonObject { Count: > 0 } mapping
            || discriminator["propertyName"]?.GetValue<string>() is not { } property || obj["oneOf"] is null)
        {
            return;
        }

        var branches = new JsonArray(mapping.Select(m => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { [property] = new JsonObject { ["const"] = m.Key } }, ["required"] = new JsonArray(property) },
            ["then"] = new JsonObject { ["$ref"] = m.Value!.GetValue<string>() },
        }).ToArray());
        branches.Add(new JsonObject
        {
            ["required"] = new JsonArray(property),
            ["properties"] = new JsonObject { [property] = new JsonObject { ["enum"] = new JsonArray(mapping.Select(m => (JsonNode)JsonValue.Create(m.Key)).ToArray()) } },
        });
        obj.Remove("oneOf");
        obj["allOf"] = obj["allOf"] is JsonArray existing ? new JsonArray([.. existing.Select(e => e?.DeepClone()), .. branches]) : branches;
    }

    private static JsonObject MakeNullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && schema["enum"] is null)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
    }

    private static void FixExclusive(JsonObject obj, string exclusive, string inclusive)
    {
        if (obj[exclusive] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            obj.Remove(exclusive);
            if (value.GetValue<bool>() && obj[inclusive] is { } bound)
            {
                obj.Remove(inclusive);
                obj[exclusive] = bound.DeepClone();
            }
        }
    }
}
