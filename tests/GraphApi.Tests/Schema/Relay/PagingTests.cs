using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Schema.Relay;

/// <summary>Relay paging over Pinterest bookmarks: cursors, resumption and argument checks.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class PagingTests(PinterestSandboxFixture fixture)
{
    private const string TravelBoard = "91000000000000002";

    [Fact]
    public async Task Board_pins_page_forward_with_opaque_cursors_and_no_overlap()
    {
        const string Page = "query($after: String) { board(id: \"91000000000000002\") { pins(first: 10, after: $after) { edges { cursor node { pinterestId } } pageInfo { hasNextPage endCursor } } } }";
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        bool hasNext;
        do
        {
            var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Page, new { after });
            body.ShouldHaveNoErrors();
            var pins = body.At("data.board.pins");
            seen.AddRange(pins.GetProperty("edges").EnumerateArray().Select(e => e.At("node.pinterestId").GetString()!));
            hasNext = pins.At("pageInfo.hasNextPage").GetBoolean();
            after = pins.At("pageInfo.endCursor").GetString();
            pages++;
        }
        while (hasNext && pages < 10);

        pages.ShouldBe(3);
        seen.Count.ShouldBe(25);
        seen.Distinct().Count().ShouldBe(25);
    }

    [Fact]
    public async Task A_middle_edge_cursor_resumes_right_after_that_edge()
    {
        var all = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{TravelBoard}}") { pins(first: 6) { edges { cursor node { pinterestId } } } } }""");
        var edges = all.At("data.board.pins.edges").EnumerateArray().ToList();

        var rest = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($a: String) { board(id: \"91000000000000002\") { pins(first: 3, after: $a) { nodes { pinterestId } } } }",
            new { a = edges[2].GetProperty("cursor").GetString() });

        rest.At("data.board.pins.nodes").EnumerateArray().Select(n => n.GetProperty("pinterestId").GetString())
            .ShouldBe(edges.Skip(3).Select(e => e.At("node.pinterestId").GetString()));
    }

    [Theory]
    [InlineData("first: 0", "`first` must be between 1 and 250, not 0.")]
    [InlineData("first: 251", "`first` must be between 1 and 250, not 251.")]
    [InlineData("after: \"not-a-cursor\"", "`after` is not a cursor from this connection")]
    public async Task Bad_paging_arguments_are_refused_before_any_call(string arguments, string message)
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ me { username boards({{arguments}}) { nodes { id } } } }""");

        body.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
        body.FirstErrorMessage().ShouldContain(message);
        fixture.Counters.CountOf("boards/list").ShouldBe(0);
    }
}
