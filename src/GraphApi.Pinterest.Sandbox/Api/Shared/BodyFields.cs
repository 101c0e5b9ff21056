using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

/// <summary>Reads optional fields of PATCH/POST bodies, telling "absent" from "null" as PATCH semantics need.</summary>
internal static class BodyFields
{
    public static bool Has(this JsonObject body, string name) => body.ContainsKey(name);

    /// <summary>Null when absent or JSON null; throws <see cref="FormatException"/> for a non-string.</summary>
    public static string? String(this JsonObject body, string name)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw new FormatException($"{name} must be a string.");
    }

    public static bool? Bool(this JsonObject body, string name)
    {
        var node = body[name];
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"{name} must be a boolean."),
        };
    }

    public static string? TooLong(string name, string? value, int max) =>
        value is not null && value.Length > max ? $"{name} must be at most {max} characters." : null;
}
