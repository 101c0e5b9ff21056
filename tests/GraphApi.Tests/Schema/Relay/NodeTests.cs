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

    private async Task<string> FirstPinIdAsync()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{TravelBoard}}") { pins(first: 1) { nodes { pinterestId } } } }""");
        return body.At("data.board.pins.nodes")[0].GetProperty("pinterestId").GetString()!;
    }
}
