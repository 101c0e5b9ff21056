using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using ModelContextProtocol.Protocol;

namespace GraphApi.Mcp;

/// <summary>
/// Turns a GraphQL document into tools, one per operation, using only the schema: the tool's input schema is built
/// from the operation's variables (their GraphQL types, <see cref="GraphQLInputJsonSchema"/>, described by the
/// arguments or input fields they fill), its description is the schema's description of the field the operation is
/// about, and its annotations follow the operation: queries are read-only, deletes destructive, and a mutation is
/// idempotent when its input takes an idempotency key.
/// </summary>
internal static class McpToolBuilder
{
    /// <summary>Mutations of the gateway's own account link: they never change the user's Pinterest, so they are not writes.</summary>
    private static readonly HashSet<string> AccountLinkMutations = new(StringComparer.Ordinal)
    {
        "connectPinterest", "completePinterestConnection", "disconnectPinterest",
    };

    public const string IdempotencyKeyField = "idempotencyKey";

    public static IEnumerable<McpToolDefinition> Build(ISchema schema, string text, McpToolSource source, string? hash = null)
    {
        var document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments });
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        foreach (var operation in operations)
        {
            var root = operation.Operation switch
            {
                OperationType.Query => schema.Query,
                OperationType.Mutation => schema.Mutation,
                _ => null, // subscriptions are not served
            };
            if (root is null || (operation.Name is null && operations.Count > 1))
            {
                continue;
            }

            var name = operation.Name is { } n ? SnakeCase(n.StringValue) : "document_" + hash?[..12];
            var rootFields = operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue).ToList();
            var isMutation = operation.Operation == OperationType.Mutation;
            var isWrite = isMutation && rootFields.Exists(f => !AccountLinkMutations.Contains(f));
            var (inputSchema, variables) = InputSchema(schema, operation, fragments);
            var destructive = isMutation && rootFields.Exists(f => f.StartsWith("delete", StringComparison.Ordinal) || f == "disconnectPinterest");
            var description = Describe(root, operation.SelectionSet);
            if (source == McpToolSource.TrustedDocument)
            {
                description = $"{description} (trusted document sha256:{hash}{(operation.Name is null ? "" : ", operation " + operation.Name.StringValue)})";
            }

            yield return new McpToolDefinition(name, text, operation.Name?.StringValue, variables, isWrite, source, new Tool
            {
                Name = name,
                Title = Title(name),
                Description = description,
                InputSchema = JsonSerializer.SerializeToElement(inputSchema, McpJson.Options),
                Annotations = new ToolAnnotations
                {
                    Title = Title(name),
                    ReadOnlyHint = !isMutation,
                    DestructiveHint = destructive,
                    IdempotentHint = !isMutation || HasProperty(inputSchema, IdempotencyKeyField),
                    // Pinterest is outside the gateway: every tool reaches an open world, even the connection's status.
                    OpenWorldHint = true,
                },
            });
        }
    }

    /// <summary>"ListMyBoards" → "list_my_boards" (MCP tool names: letters, digits, '_').</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))) && name[i - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }

        return builder.ToString();
    }

    private static string Title(string name) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('_', ' '));

    private static (JsonObject Schema, IReadOnlySet<string> Variables) InputSchema(ISchema schema, GraphQLOperationDefinition operation,
        Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        var descriptions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var root = operation.Operation == OperationType.Mutation ? schema.Mutation : schema.Query;
        new VariableUsages(schema, fragments, descriptions).Visit(operation.SelectionSet, root);

        var properties = new JsonObject();
        var required = new JsonArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in operation.Variables?.Items ?? [])
        {
            var name = variable.Variable.Name.StringValue;
            var type = Resolve(schema, variable.Type);
            var defaultValue = variable.DefaultValue is { } value ? Json(value) : null;
            if (type is null || GraphQLInputJsonSchema.For(type, descriptions.GetValueOrDefault(name), defaultValue) is not { } property)
            {
                // An Upload (or unknown) variable cannot be sent as JSON: left out, so it stays null.
                continue;
            }

            names.Add(name);
            properties[name] = property;
            if (type is NonNullGraphType && variable.DefaultValue is null)
            {
                required.Add(name);
            }
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            result["required"] = required;
        }

        result["additionalProperties"] = false;
        return (result, names);
    }

    private static IGraphType? Resolve(ISchema schema, GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Resolve(schema, nonNull.Type) is { } inner ? new NonNullGraphType(inner) : null,
        GraphQLListType list => Resolve(schema, list.Type) is { } item ? new ListGraphType(item) : null,
        GraphQLNamedType named => schema.AllTypes[named.Name.StringValue],
        _ => null,
    };

    private static JsonNode? Json(GraphQLValue value) => value switch
    {
        GraphQLIntValue i => JsonValue.Create(long.Parse(i.Value.Span, CultureInfo.InvariantCulture)),
        GraphQLFloatValue f => JsonValue.Create(double.Parse(f.Value.Span, CultureInfo.InvariantCulture)),
        GraphQLStringValue s => JsonValue.Create(s.Value.ToString()),
        GraphQLBooleanValue b => JsonValue.Create(b.BoolValue),
        GraphQLEnumValue e => JsonValue.Create(e.Name.StringValue),
        GraphQLListValue l => new JsonArray([.. (l.Values ?? []).Select(Json)]),
        GraphQLObjectValue o => new JsonObject((o.Fields ?? []).Select(f => KeyValuePair.Create(f.Name.StringValue, Json(f.Value)))),
        _ => null,
    };

    /// <summary>
    /// The schema's description of what the operation is about: each root field, followed down while a field selects
    /// exactly one field, up to the first field below the root that takes arguments (<c>me { boards { nodes pageInfo } }</c> is about <c>User.boards</c>).
    /// </summary>
    private static string Describe(IComplexGraphType root, GraphQLSelectionSet selections)
    {
        var parts = new List<string>();
        foreach (var field in selections.Selections.OfType<GraphQLField>())
        {
            var current = field;
            var definition = root.GetField(current.Name.StringValue);
            // A field below the root that takes arguments is what the operation asks for (pin(id) { analytics(range) }).
            while (definition is not null && current.SelectionSet?.Selections is [GraphQLField only] &&
                   (current == field || current.Arguments is null or { Items.Count: 0 }) &&
                   Unwrap(definition.ResolvedType) is IComplexGraphType child && child.GetField(only.Name.StringValue) is { } next)
            {
                (current, definition) = (only, next);
            }

            if (definition?.Description is { Length: > 0 } text)
            {
                parts.Add(text);
            }
        }

        return parts.Count > 0 ? string.Join(" ", parts) : "Runs a GraphQL operation of this gateway.";
    }

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };

    private static bool HasProperty(JsonObject schema, string name) =>
        schema["properties"] is JsonObject properties &&
        properties.Any(p => p.Key == name || (p.Value is JsonObject inner && HasProperty(inner, name)));

    /// <summary>Finds, for each variable, the argument or input field it fills, and takes that one's description.</summary>
    private sealed class VariableUsages(ISchema schema, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, string?> found)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public void Visit(GraphQLSelectionSet selections, IComplexGraphType? parent)
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var definition = parent?.GetField(field.Name.StringValue);
                        foreach (var argument in field.Arguments?.Items ?? [])
                        {
                            var declared = definition?.Arguments?.Find(argument.Name.StringValue);
                            Value(argument.Value, declared?.ResolvedType, declared?.Description);
                        }

                        if (field.SelectionSet is { } inner)
                        {
                            Visit(inner, Unwrap(definition?.ResolvedType) as IComplexGraphType);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, inline.TypeCondition is { } condition
                            ? schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType
                            : parent);
                        break;
                    case GraphQLFragmentSpread spread when _visitedFragments.Add(spread.FragmentName.Name.StringValue) &&
                                                           fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        Visit(fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] as IComplexGraphType);
                        break;
                }
            }
        }

        private void Value(GraphQLValue value, IGraphType? type, string? description)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    found.TryAdd(variable.Name.StringValue, description);
                    break;
                case GraphQLObjectValue objectValue:
                    var input = Unwrap(type) as IInputObjectGraphType;
                    foreach (var field in objectValue.Fields ?? [])
                    {
                        var declared = input?.GetField(field.Name.StringValue);
                        Value(field.Value, declared?.ResolvedType, declared?.Description);
                    }

                    break;
                case GraphQLListValue list:
                    var item = (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType listType ? listType.ResolvedType : null;
                    foreach (var element in list.Values ?? [])
                    {
                        Value(element, item, description);
                    }

                    break;
            }
        }
    }
}
