using System.Globalization;
using GraphApi.Schema.Uploads;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphApi.Http.Uploads;

/// <summary>
/// Checks that every file the map placed lands where the operation's variable types say <c>Upload</c>: a file is never
/// handed to a String, an ID or an input object (where it would fail with an engine message naming a .NET type, or
/// worse, be coerced). Runs once the document is parsed, before execution.
/// </summary>
internal static class UploadVariableTypes
{
    /// <summary>The first misplaced file's refusal, or null when every file lands on an Upload.</summary>
    public static UploadPlacementError? Check(ISchema schema, GraphQLDocument document, string? operationName, IEnumerable<UploadPlacement> placements)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name?.StringValue == operationName);
        if (operation is null)
        {
            // No operation to run: execution answers that itself, with the engine's wording.
            return null;
        }

        foreach (var placement in placements)
        {
            var name = placement.VariablePath[0];
            var definition = operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name);
            if (definition is null)
            {
                return new UploadPlacementError($"The map places \"{placement.File.Name}\" at \"{placement.Path}\", but the operation declares no variable ${name}.");
            }

            object? node = definition.Type;
            for (var i = 1; i < placement.VariablePath.Count && node is not null; i++)
            {
                node = Step(schema, node, placement.VariablePath[i]);
            }

            var target = node is null ? null : Describe(schema, node);
            if (target != UploadGraphType.TypeName)
            {
                var what = target is null ? "which is not inside a variable's type" : $"whose type is {target}";
                return new UploadPlacementError(
                    $"The map places \"{placement.File.Name}\" at \"{placement.Path}\", {what}; a file can go only where the type is {UploadGraphType.TypeName}.");
            }
        }

        return null;
    }

    // One path segment down a variable's type: an input object's field, or a list's item. Null when the path leaves the type.
    private static object? Step(ISchema schema, object node, string segment) => node switch
    {
        GraphQLNonNullType nonNull => Step(schema, nonNull.Type, segment),
        GraphQLListType list => IsIndex(segment) ? list.Type : null,
        GraphQLNamedType named => schema.AllTypes[named.Name.StringValue] is { } type ? Step(schema, type, segment) : null,
        NonNullGraphType nonNull => Step(schema, nonNull.ResolvedType!, segment),
        ListGraphType list => IsIndex(segment) ? list.ResolvedType : null,
        IInputObjectGraphType input => input.GetField(segment)?.ResolvedType,
        _ => null,
    };

    // The type at the end of the path by name, non-null unwrapped: a list stays a list (a file is one item, not the list).
    private static string? Describe(ISchema schema, object node) => node switch
    {
        GraphQLNonNullType nonNull => Describe(schema, nonNull.Type),
        GraphQLListType => "a list",
        GraphQLNamedType named => schema.AllTypes[named.Name.StringValue]?.Name,
        NonNullGraphType nonNull => Describe(schema, nonNull.ResolvedType!),
        ListGraphType => "a list",
        IGraphType type => type.Name,
        _ => null,
    };

    private static bool IsIndex(string segment) => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
