using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Schema.Relay;

/// <summary>Global object identification: node and nodes over every Node type.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class NodeTests(PinterestSandboxFixture fixture)
{
    private const string TravelBoard = "91000000000000002";

    [Fact]
    public async Task Nodes_resolve_mixed_types_in_order_with_null_for_foreign_ids()
    {
        var pinId = await FirstPinIdAsync();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            new { ids = new[] { GlobalIds.Of("Board", TravelBoard), GlobalIds.Of("Pin", pinId), "not-a-global-id" } });

        body.ShouldHaveNoErrors();
        var nodes = body.At("data.nodes").EnumerateArray().ToList();
        nodes[0].GetProperty("__typename").GetString().ShouldBe("Board");
        nodes[1].GetProperty("__typename").GetString().ShouldBe("Pin");
        nodes[2].ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Node_refetches_the_signed_in_user()
    {
        var me = await fixture.QueryAsync(SandboxDemoUsers.Curator, "{ me { id } }");

        var node = await fixture.QueryAsync(SandboxDemoUsers.Curator, "query($id: ID!) { node(id: $id) { ... on User { username } } }", new { id = me.At("data.me.id").GetString() });

        node.At("data.node.username").GetString().ShouldBe("demo.curator");
    }

    /// <summary>Every Node type (RelaySpecificationTests checks the list against the schema's Node implementations).</summary>
    public static IReadOnlyList<string> RefetchedTypes => [.. Refetches.Select(row => (string)row[0])];

    /// <summary>Each Node type: where an app first reads it, and every field it has that is not a connection or an argument-taking field.</summary>
    public static TheoryData<string, string, string> Refetches => new()
    {
        {
            "User", "{ me { ...f } }",
            "id pinterestId username accountType businessName profileImage websiteUrl about boardCount pinCount followerCount followingCount monthlyViews"
        },
        {
            "Board", $$"""{ board(id: "{{TravelBoard}}") { ...f } }""",
            "id pinterestId name description privacy ownerUsername createdAt pinsModifiedAt pinCount followerCount collaboratorCount isAdsOnly coverImageUrl pinThumbnailUrls"
        },
        {
            "Pin", $$"""{ board(id: "{{TravelBoard}}") { pins(first: 2) { nodes { ...f } } } }""",
            "id pinterestId title description link altText dominantColor creativeType createdAt isOwner boardSectionPinterestId board { id } section { id } media { __typename images { url size } }"
        },
        {
            "BoardSection", $$"""{ board(id: "{{TravelBoard}}") { sections(first: 1) { nodes { ...f } } } }""",
            "id pinterestId name board { id name }"
        },
    };

    [Theory]
    [MemberData(nameof(Refetches))]
    public Task Node_refetches_the_identical_object_for_every_node_type(string type, string read, string fields) =>
        RefetchAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Pinner, query, variables), type, read, fields);

    /// <summary>
    /// The refetch theory's body, for node types whose demo data needs another fixture (the ads ones need the ads scopes
    /// the default connection does not ask for; see AdsRelayTests).
    /// </summary>
    internal static async Task RefetchAsync(Func<string, object?, Task<JsonElement>> query, string type, string read, string fields)
    {
        var shown = await query($"{read} fragment f on {type} {{ {fields} }}", null);
        shown.ShouldHaveNoErrors();
        var original = FindObject(shown.GetProperty("data"));

        var refetched = await query($"query($id: ID!) {{ node(id: $id) {{ __typename ...f }} }} fragment f on {type} {{ {fields} }}",
            new { id = original.GetProperty("id").GetString() });

        refetched.ShouldHaveNoErrors();
        var node = refetched.At("data.node");
        node.GetProperty("__typename").GetString().ShouldBe(type);
        foreach (var property in original.EnumerateObject())
        {
            node.GetProperty(property.Name).ToString().ShouldBe(property.Value.ToString(), $"{type}.{property.Name}");
        }
    }

    [Fact]
    public async Task Another_users_id_refetches_nothing()
    {
        var curator = await fixture.QueryAsync(SandboxDemoUsers.Curator, "{ me { id } }");

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($id: ID!) { node(id: $id) { id } }", new { id = curator.At("data.me.id").GetString() });

        body.ShouldHaveNoErrors();
        body.At("data.node").ValueKind.ShouldBe(JsonValueKind.Null, "Pinterest shows a user only their own account");
    }

    [Fact]
    public async Task Nodes_is_capped_at_one_hundred_ids()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = Enumerable.Range(0, 101).Select(i => GlobalIds.Of("Pin", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray() });

        body.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
        body.FirstErrorMessage().ShouldContain("at most 100");
    }

    [Fact]
    public async Task A_global_id_of_another_type_is_refused()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ pin(id: "{{GlobalIds.Of("Board", TravelBoard)}}") { id } }""");

        body.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
    }

    // The first object with an id: the Node a read query reached (a list's first item).
    private static JsonElement FindObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => FindObject(element[0]),
        _ when element.TryGetProperty("id", out _) => element,
        _ => FindObject(element.EnumerateObject().Single().Value),
    };

    private async Task<string> FirstPinIdAsync()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{TravelBoard}}") { pins(first: 1) { nodes { pinterestId } } } }""");
        return body.At("data.board.pins.nodes")[0].GetProperty("pinterestId").GetString()!;
    }
}
