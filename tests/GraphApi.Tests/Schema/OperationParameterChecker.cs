using System.Text.Json.Nodes;
using GraphApi.Schema;
using GraphApi.Testing;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Tests.Schema;

/// <summary>
/// Checks a field that declares its Pinterest operation(s) (<see cref="PinterestOperationFields"/>) against the official
/// OpenAPI file: every argument is a query parameter of each operation (argument name in snake_case, or the name given
/// by <c>SentAs</c>), and an enum argument's values (what is sent, <c>EnumValueDefinition.Value</c>) are exactly the
/// parameter's enum (an array's <c>items.enum</c>, or the union of <c>items.oneOf[].enum</c>).
/// </summary>
internal sealed class OperationParameterChecker
{
    private static readonly Lazy<JsonNode> Spec = new(() => JsonNode.Parse(OpenApiSpecFile.Read())!);

    public static bool HasOperation(string operationId) => Operation(operationId) is not null;

    public static IEnumerable<string> Problems(string owner, IFieldType field)
    {
        foreach (var operationId in field.PinterestOperations())
        {
            if (Operation(operationId) is not { } operation)
            {
                yield return $"{owner}.{field.Name}: no operation {operationId} in the spec";
                continue;
            }

            foreach (var argument in field.Arguments ?? [])
            {
                var name = argument.PinterestParameter();
                if (name.Length == 0)
                {
                    continue;
                }

                if (FindParameter(operation, name) is not { } parameter)
                {
                    yield return $"{owner}.{field.Name}({argument.Name}): {operationId} has no parameter {name}";
                    continue;
                }

                if (argument.ResolvedType?.GetNamedType() is EnumerationGraphType enumType)
                {
                    var ours = enumType.Values.Select(v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!).Order(StringComparer.Ordinal).ToList();
                    var theirs = EnumOf(parameter["schema"]!).Order(StringComparer.Ordinal).ToList();
                    if (!ours.SequenceEqual(theirs))
                    {
                        yield return $"{owner}.{field.Name}({argument.Name}: {enumType.Name}) vs {operationId} {name}: "
                            + $"only ours [{string.Join(", ", ours.Except(theirs))}], only Pinterest's [{string.Join(", ", theirs.Except(ours))}]";
                    }
                }
            }
        }
    }

    private static JsonObject? Operation(string operationId) =>
        Spec.Value["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => method.Value))
            .OfType<JsonObject>()
            .FirstOrDefault(op => op["operationId"]?.GetValue<string>() == operationId);

    private static JsonNode? FindParameter(JsonObject operation, string name) =>
        (operation["parameters"]?.AsArray() ?? []).Select(p => Resolve(p!)).FirstOrDefault(p => p["name"]?.GetValue<string>() == name && p["in"]?.GetValue<string>() == "query");

    private static IEnumerable<string> EnumOf(JsonNode schema)
    {
        schema = Resolve(schema);
        if (schema["items"] is { } items)
        {
            return EnumOf(items);
        }

        if (schema["enum"] is JsonArray values)
        {
            return values.Select(v => v!.ToString());
        }

        var alternatives = (schema["oneOf"] ?? schema["anyOf"])?.AsArray() ?? [];
        return alternatives.SelectMany(a => EnumOf(a!)).Distinct();
    }

    private static JsonNode Resolve(JsonNode node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            node = reference[2..].Split('/').Aggregate(Spec.Value, (current, part) => current[part]!);
        }

        return node;
    }
}
