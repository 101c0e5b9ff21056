using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Schema.Relay;

/// <summary>
/// The running schema, read through introspection as a client's compiler reads it, against the GraphQL Cursor
/// Connections specification (relay.dev/graphql/connections.htm) and Global Object Identification
/// (relay.dev/graphql/objectidentification.htm). Rules are checked on every type and field, so a connection or a
/// global-ID type added later that breaks them fails here, not in a frontend's build.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class RelaySpecificationTests(PinterestSandboxFixture fixture)
{
    /// <summary>
    /// Types that end in "Connection" without being connections. The specification reserves the suffix; this name was
    /// published before the gateway followed it, and apps, the demo app and persisted-document hashes use it
    /// (docs/architecture.md, "account link"). No Relay client reads a type's name, only @connection fields' shapes.
    /// </summary>
    private static readonly Dictionary<string, string> NotConnections = new()
    {
        ["PinterestConnection"] = "the caller's account link, a published name",
    };

    private const string Introspection = """
        {
          __schema {
            queryType { name }
            types {
              kind name
              interfaces { name }
              possibleTypes { name }
              fields { name type { ...ref } args { name type { ...ref } } }
            }
          }
        }
        fragment ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    [Fact]
    public async Task Every_connection_type_has_edges_with_node_and_cursor_and_a_non_null_page_info()
    {
        var schema = await SchemaAsync();
        var problems = new List<string>();
        var connections = schema.Types.Values.Where(IsConnection).ToList();
        connections.Count.ShouldBeGreaterThan(0);

        foreach (var connection in connections)
        {
            var edges = connection.Field("edges");
            if (edges is null || !edges.Type.Unwrapped().IsList || schema.Types.GetValueOrDefault(edges.Type.Named) is not { Kind: "OBJECT" } edge)
            {
                problems.Add($"{connection.Name}.edges must be a list of an edge object type, not {edges?.Type}");
                continue;
            }

            if (edge.Field("node") is not { } node || node.Type.Unwrapped().IsList)
            {
                problems.Add($"{edge.Name}.node must be there and not a list, not {edge.Field("node")?.Type}");
            }

            if (edge.Field("cursor") is not { } cursor || cursor.Type.ToString() != "String!")
            {
                problems.Add($"{edge.Name}.cursor must be String!, not {edge.Field("cursor")?.Type}");
            }

            if (connection.Field("pageInfo")?.Type.ToString() != "PageInfo!")
            {
                problems.Add($"{connection.Name}.pageInfo must be PageInfo!, not {connection.Field("pageInfo")?.Type}");
            }
        }

        var pageInfo = schema.Types["PageInfo"];
        foreach (var (field, type) in new[] { ("hasPreviousPage", "Boolean!"), ("hasNextPage", "Boolean!"), ("startCursor", "String"), ("endCursor", "String") })
        {
            if (pageInfo.Field(field)?.Type.ToString() != type)
            {
                problems.Add($"PageInfo.{field} must be {type}, not {pageInfo.Field(field)?.Type}");
            }
        }

        // The other way round: whatever pages like a connection is named like one, so clients recognise it.
        problems.AddRange(schema.Types.Values
            .Where(t => t.Kind == "OBJECT" && t.Field("edges") is not null && t.Field("pageInfo") is not null && !t.Name.EndsWith("Connection", StringComparison.Ordinal))
            .Select(t => $"{t.Name} pages like a connection but is not named *Connection"));

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_field_returning_a_connection_takes_first_and_after_and_has_a_paging_test()
    {
        var schema = await SchemaAsync();
        var problems = new List<string>();
        var connectionFields = new List<string>();

        foreach (var type in schema.Types.Values.Where(t => t.Kind is "OBJECT" or "INTERFACE" && !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Where(f => schema.Types.GetValueOrDefault(f.Type.Named) is { } named && IsConnection(named)))
            {
                var name = $"{type.Name}.{field.Name}";
                connectionFields.Add(name);
                if (field.Type.Unwrapped().IsList)
                {
                    problems.Add($"{name} returns a list of connections");
                }

                if (field.Argument("first")?.Type.ToString() != "Int")
                {
                    problems.Add($"{name} must take `first: Int`, not {field.Argument("first")?.Type}");
                }

                if (field.Argument("after")?.Type.ToString() != "String")
                {
                    problems.Add($"{name} must take `after: String` (the edges' cursor type), not {field.Argument("after")?.Type}");
                }

                if ((field.Argument("last") is null) != (field.Argument("before") is null))
                {
                    problems.Add($"{name} must take `last` and `before` together or neither");
                }
            }
        }

        problems.ShouldBeEmpty();
        // A new connection field joins PagingTests' behaviour theory (pageInfo semantics, walked to the end), or
        // AdsRelayTests' when it needs the ads scopes.
        connectionFields.ShouldBe([.. PagingTests.ConnectionFields, .. AdsRelayTests.ConnectionFields, .. CatalogsRelayTests.ConnectionFields, .. CatalogItemsRelayTests.ConnectionFields, .. Features.BusinessAccess.BusinessRelayTests.ConnectionFields], ignoreOrder: true);
    }

    [Fact]
    public async Task Node_has_only_an_id_and_every_type_with_a_global_id_implements_it_and_is_refetched_by_a_test()
    {
        var schema = await SchemaAsync();

        var node = schema.Types["Node"];
        node.Kind.ShouldBe("INTERFACE");
        node.Fields.Select(f => $"{f.Name}: {f.Type}").ShouldBe(["id: ID!"]);

        var root = schema.Types[schema.QueryType].Field("node").ShouldNotBeNull();
        root.Type.ToString().ShouldBe("Node");
        root.Args.Select(a => $"{a.Name}: {a.Type}").ShouldBe(["id: ID!"]);

        // An object with an `id: ID!` carries a global ID, and node(id) must be able to refetch it.
        var withGlobalIds = schema.Types.Values
            .Where(t => t.Kind == "OBJECT" && t.Field("id")?.Type.ToString() == "ID!")
            .Select(t => t.Name)
            .ToList();
        schema.Types.Values.Where(t => withGlobalIds.Contains(t.Name) && !t.Interfaces.Contains("Node"))
            .Select(t => t.Name).ShouldBeEmpty("every type with a global ID implements Node");
        node.PossibleTypes.ShouldBe(withGlobalIds, ignoreOrder: true);

        // Each Node type has a refetch case in NodeTests (or AdsRelayTests when it needs the ads scopes).
        node.PossibleTypes.ShouldBe([.. NodeTests.RefetchedTypes, .. AdsRelayTests.RefetchedTypes, .. CatalogsRelayTests.RefetchedTypes, .. CatalogItemsRelayTests.RefetchedTypes, .. Features.BusinessAccess.BusinessRelayTests.RefetchedTypes], ignoreOrder: true);
    }

    private static bool IsConnection(SchemaType type) =>
        type.Kind == "OBJECT" && type.Name.EndsWith("Connection", StringComparison.Ordinal) && !NotConnections.ContainsKey(type.Name);

    private async Task<SchemaModel> SchemaAsync()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Introspection);
        body.ShouldHaveNoErrors();
        var schema = body.At("data.__schema");
        var types = schema.GetProperty("types").EnumerateArray().Select(t => new SchemaType(
            t.GetProperty("kind").GetString()!,
            t.GetProperty("name").GetString()!,
            Names(t, "interfaces"),
            Names(t, "possibleTypes"),
            t.GetProperty("fields").ValueKind == JsonValueKind.Array
                ? [.. t.GetProperty("fields").EnumerateArray().Select(f => new SchemaField(
                    f.GetProperty("name").GetString()!,
                    TypeRef.From(f.GetProperty("type")),
                    [.. f.GetProperty("args").EnumerateArray().Select(a => new SchemaField(a.GetProperty("name").GetString()!, TypeRef.From(a.GetProperty("type")), []))]))]
                : []));
        return new SchemaModel(schema.At("queryType.name").GetString()!, types.ToDictionary(t => t.Name));
    }

    private static List<string> Names(JsonElement type, string property) =>
        type.GetProperty(property).ValueKind == JsonValueKind.Array ? [.. type.GetProperty(property).EnumerateArray().Select(i => i.GetProperty("name").GetString()!)] : [];

    private sealed record SchemaModel(string QueryType, Dictionary<string, SchemaType> Types);

    private sealed record SchemaType(string Kind, string Name, List<string> Interfaces, List<string> PossibleTypes, List<SchemaField> Fields)
    {
        public SchemaField? Field(string name) => Fields.SingleOrDefault(f => f.Name == name);
    }

    private sealed record SchemaField(string Name, TypeRef Type, List<SchemaField> Args)
    {
        public SchemaField? Argument(string name) => Args.SingleOrDefault(a => a.Name == name);
    }

    /// <summary>An introspection type reference; <see cref="ToString"/> writes it as SDL does (<c>[BoardEdge!]!</c>).</summary>
    private sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
    {
        public static TypeRef From(JsonElement element) => new(
            element.GetProperty("kind").GetString()!,
            element.GetProperty("name").GetString(),
            element.TryGetProperty("ofType", out var of) && of.ValueKind == JsonValueKind.Object ? From(of) : null);

        public string Named => OfType?.Named ?? Name!;

        public bool IsList => Kind == "LIST";

        /// <summary>Without its outer non-null wrapper.</summary>
        public TypeRef Unwrapped() => Kind == "NON_NULL" ? OfType! : this;

        public override string ToString() => Kind switch
        {
            "NON_NULL" => $"{OfType}!",
            "LIST" => $"[{OfType}]",
            _ => Name!,
        };
    }
}
