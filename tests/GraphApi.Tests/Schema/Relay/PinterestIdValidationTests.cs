using GraphApi.Pinterest.Sandbox;
using GraphApi.Schema.Relay;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Schema.Relay;

/// <summary>
/// Every ID a caller sends, raw or inside a global ID, is a Pinterest ID (digits) before it becomes part of an
/// upstream path: path-like values are INVALID_ARGUMENT (or a payload error) and cost no upstream call.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class PinterestIdValidationTests(PinterestSandboxFixture fixture)
{
    public static TheoryData<string> Hostile => new()
    {
        "..", ".", "/", "%2F", "1%2F2", "..%2F..%2Fuser_account", "1/2", "../1", "?x=1", "1?x=1", "1#x", " ", "1 2", "1\n2",
        "-1", "1e5", "１２３", new string('1', 10_000), new string('9', PinterestIds.MaxLength + 1),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Raw_ids_that_are_not_pinterest_ids_are_refused_without_an_upstream_call(string id)
    {
        fixture.Counters.Reset();

        foreach (var query in new[]
        {
            "query($id: ID!) { board(id: $id) { id } }",
            "query($id: ID!) { pin(id: $id) { id } }",
            "query($id: ID!) { node(id: $id) { id } }",
            "query($id: ID!) { mediaUpload(mediaId: $id) { status } }",
        })
        {
            var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, query, new { id });
            body.FirstErrorCode().ShouldBe("INVALID_ARGUMENT", query);
        }

        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Theory]
    [InlineData("Board", "..")]
    [InlineData("Board", "1/../2")]
    [InlineData("Pin", "%2F")]
    [InlineData("Pin", "1?x=1")]
    [InlineData("BoardSection", "1/..")]
    [InlineData("BoardSection", "../1")]
    [InlineData("BoardSection", "1/2/3")]
    [InlineData("BoardSection", "1/ 2")]
    public async Task Forged_global_ids_carrying_path_like_ids_are_refused_without_an_upstream_call(string type, string inner)
    {
        var forged = GlobalId.Encode(type, inner);
        fixture.Counters.Reset();

        var node = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($id: ID!) { node(id: $id) { id } }", new { id = forged });
        var nodes = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { forged, forged } });

        node.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
        nodes.At("data.nodes").EnumerateArray().ShouldAllBe(n => n.ValueKind == System.Text.Json.JsonValueKind.Null);
        if (type != "BoardSection")
        {
            var direct = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $"query($id: ID!) {{ {(type == "Board" ? "board" : "pin")}(id: $id) {{ id }} }}", new { id = forged });
            direct.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
        }

        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task A_section_mutation_with_a_forged_section_id_is_a_payload_error_without_an_upstream_call()
    {
        var board = (await fixture.QueryAsync(SandboxDemoUsers.Pinner, "{ me { boards(first: 1) { nodes { id } } } }")).At("data.me.boards.nodes").EnumerateArray().First().GetProperty("id").GetString();
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "mutation($b: ID!, $s: ID!) { deleteBoardSection(input: { boardId: $b, sectionId: $s }) { deletedSectionId errors { __typename ... on ValidationError { field } } } }",
            new { b = board, s = GlobalId.Encode("BoardSection", "1/..") });

        body.At("data.deleteBoardSection.errors").EnumerateArray().Single().GetProperty("field").GetString().ShouldBe("sectionId");
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task A_thousand_hostile_ids_in_one_document_cost_no_upstream_call()
    {
        fixture.Counters.Reset();
        var fields = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"b{i}:board(id:\"..\"){{id}}"));

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "{ " + fields + " }");

        // Whatever refuses it (the ID check, or a request limit), nothing is sent to Pinterest.
        body.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task Valid_ids_still_reach_pinterest()
    {
        var board = (await fixture.QueryAsync(SandboxDemoUsers.Pinner, "{ me { boards(first: 1) { nodes { id } } } }")).At("data.me.boards.nodes").EnumerateArray().First().GetProperty("id").GetString()!;
        var raw = GlobalId.Decode(board)!.Value.Id;

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($a: ID!, $b: ID!) { a: board(id: $a) { id } b: board(id: $b) { id } }", new { a = board, b = " " + raw + " " });

        body.ShouldHaveNoErrors();
        body.At("data.b.id").GetString().ShouldBe(board);
    }
}
