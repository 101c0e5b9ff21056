using System.Text.Json.Nodes;
using GraphQL.Types;

namespace GraphApi.Mcp;

/// <summary>
/// GraphQL input types as JSON Schema (draft 2020-12 keywords that every MCP client understands): scalars by their JSON
/// type, enums as string enums, input objects as closed objects whose non-null fields without a default are required,
/// lists as arrays. The <c>Upload</c> scalar cannot travel in JSON, so such fields are left out (docs/mcp.md).
/// </summary>
internal static class GraphQLInputJsonSchema
{
    public const string UploadScalar = "Upload";

    /// <summary>Input objects nest this deep at most; deeper (or recursive) ones become a plain object.</summary>
    private const int MaxDepth = 8;

    /// <summary>The schema of one value of <paramref name="type"/>, or null when it cannot be sent as JSON (an upload).</summary>
    public static JsonObject? For(IGraphType type, string? description, JsonNode? defaultValue, int depth = 0)
    {
        var inner = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
        JsonObject? schema = inner switch
        {
            ListGraphType list => For(list.ResolvedType!, null, null, depth) is { } items
                ? new JsonObject { ["type"] = "array", ["items"] = items }
                : null,
            EnumerationGraphType enumeration => new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray([.. enumeration.Values.Select(v => JsonValue.Create(v.Name))]),
            },
            IInputObjectGraphType input => ForInputObject(input, depth),
            ScalarGraphType scalar => ForScalar(scalar),
            _ => new JsonObject(),
        };
        if (schema is null)
        {
            return null;
        }

        var text = description ?? Describe(inner);
        if (!string.IsNullOrWhiteSpace(text))
        {
            schema["description"] = text;
        }

        if (defaultValue is not null)
        {
            schema["default"] = defaultValue.DeepClone();
        }

        return schema;
    }

    /// <summary>Whether a variable or field of this type must be given: non-null with no default.</summary>
    public static bool IsRequired(IGraphType type, object? defaultValue) => type is NonNullGraphType && defaultValue is null;

    private static JsonObject? ForScalar(ScalarGraphType scalar) => scalar switch
    {
        IntGraphType => new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue },
        FloatGraphType => new JsonObject { ["type"] = "number" },
        BooleanGraphType => new JsonObject { ["type"] = "boolean" },
        // GraphQL's ID also accepts an integer, but every ID here is a string (global ID or Pinterest ID).
        StringGraphType or IdGraphType => new JsonObject { ["type"] = "string" },
        _ when scalar.Name == UploadScalar => null,
        _ when scalar.Name == "DateOnly" => new JsonObject { ["type"] = "string", ["format"] = "date" },
        _ when scalar.Name == "DateTime" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        // An unknown custom scalar: any JSON value, described by the scalar's own description.
        _ => new JsonObject(),
    };

    private static JsonObject? ForInputObject(IInputObjectGraphType input, int depth)
    {
        var schema = new JsonObject { ["type"] = "object" };
        if (depth >= MaxDepth)
        {
            return schema;
        }

        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in input.Fields)
        {
            if (For(field.ResolvedType!, field.Description, DefaultOf(field), depth + 1) is not { } property)
            {
                // An optional upload is left out; a required one makes the whole object impossible to send as JSON.
                if (IsRequired(field.ResolvedType!, field.DefaultValue))
                {
                    return null;
                }

                continue;
            }

            properties[field.Name] = property;
            if (IsRequired(field.ResolvedType!, field.DefaultValue))
            {
                required.Add(field.Name);
            }
        }

        schema["properties"] = properties;
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["additionalProperties"] = false;
        return schema;
    }

    private static string? Describe(IGraphType type) => type switch
    {
        ListGraphType => null,
        // Built-in scalars' descriptions say nothing an agent needs ("The String scalar type represents...").
        StringGraphType or IntGraphType or FloatGraphType or BooleanGraphType or IdGraphType => null,
        _ => type.Description,
    };

    /// <summary>An input field's default as JSON: its type serializes it (an enum's C# value becomes its GraphQL name).</summary>
    private static JsonValue? DefaultOf(FieldType field)
    {
        var type = field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType;
        if (field.DefaultValue is null || type is not ScalarGraphType scalar)
        {
            return null;
        }

        return scalar.Serialize(field.DefaultValue) switch
        {
            string text => JsonValue.Create(text),
            bool flag => JsonValue.Create(flag),
            int number => JsonValue.Create(number),
            long number => JsonValue.Create(number),
            double number => JsonValue.Create(number),
            decimal number => JsonValue.Create(number),
            _ => null,
        };
    }
}
