using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GraphApi.Pinterest.Tests.OpenApi;

/// <summary>
/// Turns OpenAPI 3.0 schemas into JSON Schema 2020-12 that JsonSchema.Net evaluates: refs move to <c>$defs</c>,
/// <c>nullable</c> becomes a <c>null</c> type, OpenAPI-only keywords go, and object schemas refuse unknown
/// properties (<c>unevaluatedProperties: false</c>) so a misspelt field fails instead of passing silently.
/// </summary>
internal static class SchemaFactory
{
    private const string RefPrefix = "#/components/schemas/";
    private static readonly HashSet<string> Dropped = ["example", "examples", "discriminator", "nullable", "xml", "externalDocs"];
    private static readonly HashSet<string> ComposedTargets = FindAllOfTargets();

    public static JsonSchema Build(JsonNode openApiSchema, bool relaxOneOf = false)
    {
        var root = Convert(openApiSchema, relaxOneOf).AsObject();
        if (openApiSchema["$ref"] is null)
        {
            Close(root);
        }

        var defs = new JsonObject();
        var pending = new Queue<JsonNode>([root]);
        while (pending.TryDequeue(out var node))
        {
            foreach (var name in References(node).Where(n => !defs.ContainsKey(n)))
            {
                var def = Convert(OpenApiDocument.Instance.Schemas[name]!, relaxOneOf).AsObject();
                if (!ComposedTargets.Contains(name))
                {
                    Close(def);
                }

                defs[name] = def;
                pending.Enqueue(def);
            }
        }

        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = defs;
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://graphapi.test/schemas/{Guid.NewGuid():N}"));
    }

    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode? instance)
    {
        var element = JsonSerializer.SerializeToElement(instance);
        var result = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }

    private static void Close(JsonObject schema)
    {
        if ((schema.ContainsKey("properties") || schema.ContainsKey("allOf")) && !schema.ContainsKey("additionalProperties")
            && !schema.ContainsKey("oneOf") && !schema.ContainsKey("anyOf"))
        {
            schema["unevaluatedProperties"] = false;
        }
    }

    private static JsonNode Convert(JsonNode node, bool relaxOneOf)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(item => item is null ? null : Convert(item, relaxOneOf)).ToArray());
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (Dropped.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal) || value is null)
                    {
                        continue;
                    }

                    // A discriminated oneOf picks its branch by the discriminator, so branches that overlap (a creative-assets
                    // feed also fits the retail shape, whose catalog_type is any CatalogsType) are not ambiguous: anyOf.
                    var relax = relaxOneOf || obj.ContainsKey("discriminator");
                    result[key == "oneOf" && relax ? "anyOf" : key] = key switch
                    {
                        "$ref" => "#/$defs/" + value.GetValue<string>()[RefPrefix.Length..],
                        "properties" => new JsonObject(value.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Convert(p.Value!, relaxOneOf)))),
                        "enum" or "default" or "required" or "const" => value.DeepClone(),
                        _ => Convert(value, relaxOneOf),
                    };
                }

                if (obj["nullable"]?.GetValue<bool>() == true && result["type"] is JsonValue type)
                {
                    result["type"] = new JsonArray(type.GetValue<string>(), "null");
                }

                return result;
            default:
                return node.DeepClone();
        }
    }

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value!.GetValue<string>().StartsWith("#/$defs/", StringComparison.Ordinal)
            ? [p.Value.GetValue<string>()["#/$defs/".Length..]]
            : p.Value is null ? [] : References(p.Value)),
        JsonArray array => array.SelectMany(item => item is null ? [] : References(item)),
        _ => [],
    };

    // A schema reached through allOf is a fragment of a larger object; closing it would reject its siblings' fields.
    private static HashSet<string> FindAllOfTargets()
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["allOf"] is JsonArray parts)
                    {
                        foreach (var part in parts)
                        {
                            if (part?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(RefPrefix, StringComparison.Ordinal))
                            {
                                targets.Add(reference[RefPrefix.Length..]);
                            }
                        }
                    }

                    foreach (var (_, value) in obj)
                    {
                        Walk(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(OpenApiDocument.Instance.Root);
        return targets;
    }
}
