using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Tests.OpenApi;

/// <summary>
/// Builds an instance of a schema from the spec's own <c>example</c> values (the success responses of these
/// operations carry no whole-body examples, only per-property ones), filling the gaps with typed placeholders.
/// </summary>
internal static class ExampleGenerator
{
    public const string DateTime = "2022-10-13T01:40:29";
    private const int MaxDepth = 12;

    /// <param name="schema">The schema (or a $ref to it).</param>
    /// <param name="variant">For a discriminated oneOf, which mapping key to build (else the first branch).</param>
    public static JsonNode? From(JsonNode schema, string? variant = null) => Build(schema, 0, variant);

    private static JsonNode? Build(JsonNode schemaNode, int depth, string? variant)
    {
        var schema = OpenApiDocument.Instance.Resolve(schemaNode).AsObject();
        if (depth > MaxDepth)
        {
            return null;
        }

        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (schema["oneOf"] is JsonArray oneOf || schema["anyOf"] is JsonArray)
        {
            var branches = (schema["oneOf"] ?? schema["anyOf"])!.AsArray();
            var mapping = schema["discriminator"]?["mapping"]?.AsObject();
            var chosen = variant is not null && mapping is not null ? new JsonObject { ["$ref"] = mapping[variant]!.GetValue<string>() } : branches[0]!;
            var built = Build(chosen, depth + 1, null);
            if (variant is not null && built is JsonObject obj && schema["discriminator"]?["propertyName"]?.GetValue<string>() is { } property)
            {
                obj[property] = variant;
            }

            return built;
        }

        var result = new JsonObject();
        var isObject = schema.ContainsKey("properties") || schema["type"]?.GetValue<string>() == "object";
        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            var built = Build(part!, depth + 1, variant);
            if (built is not JsonObject partial)
            {
                // allOf around an enum or array (e.g. privacy: allOf [BoardPrivacy]) is that value, not an object.
                return built;
            }

            isObject = true;
            foreach (var (key, value) in partial)
            {
                result[key] = value?.DeepClone();
            }
        }

        if (schema["items"] is { } items)
        {
            return new JsonArray(Build(items, depth + 1, null));
        }

        if (isObject)
        {
            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            {
                result[name] = Build(property!, depth + 1, null);
            }

            if (schema["additionalProperties"] is JsonObject additional)
            {
                result["key1"] = Build(additional, depth + 1, null);
            }

            return result;
        }

        return Scalar(schema);
    }

    private static JsonNode? Scalar(JsonObject schema)
    {
        if (schema["enum"] is JsonArray values)
        {
            return values[0]?.DeepClone();
        }

        return schema["type"]?.GetValue<string>() switch
        {
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            "string" when schema["format"]?.GetValue<string>() == "date-time" => JsonValue.Create(DateTime),
            "string" when schema["format"]?.GetValue<string>() == "date" => JsonValue.Create("2025-01-01"),
            "string" => JsonValue.Create("string"),
            _ => null,
        };
    }
}
