using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Features.Boards;

/// <summary>The read side of the schema against the sandbox's seeded data.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class QueryTests(PinterestSandboxFixture fixture)
{
    private const string TravelBoard = "91000000000000002";

    [Fact]
    public async Task Me_reads_the_account_with_counts_and_a_global_id()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "{ me { id pinterestId username accountType businessName profileImage websiteUrl about boardCount pinCount followerCount followingCount monthlyViews } }");

        body.ShouldHaveNoErrors();
        var me = body.At("data.me");
        me.GetProperty("username").GetString().ShouldBe("demo.business");
        me.GetProperty("accountType").GetString().ShouldBe("BUSINESS");
        me.GetProperty("businessName").GetString().ShouldBe("Demo Studio");
        me.GetProperty("monthlyViews").GetInt32().ShouldBe(52310);
        GlobalIds.Decode(me.GetProperty("id").GetString()!).ShouldBe("User:" + me.GetProperty("pinterestId").GetString());
    }

    [Fact]
    public async Task Me_lists_followers_and_following()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "{ me { followers { nodes { username } } following(first: 1) { edges { cursor node { username } } pageInfo { hasNextPage endCursor } } } }");

        body.ShouldHaveNoErrors();
        body.At("data.me.followers.nodes").EnumerateArray().Select(u => u.GetProperty("username").GetString()).ShouldContain("demo.curator");
        body.At("data.me.following.edges").GetArrayLength().ShouldBe(1);
        body.At("data.me.following.pageInfo.hasNextPage").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_board_reads_the_same_by_global_and_raw_id_with_privacy_owner_and_cover()
    {
        var byRaw = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{TravelBoard}}") { id pinterestId name description privacy ownerUsername pinCount createdAt coverImageUrl } }""");
        var byGlobal = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{GlobalIds.Of("Board", TravelBoard)}}") { id pinterestId name description privacy ownerUsername pinCount createdAt coverImageUrl } }""");

        byRaw.ShouldHaveNoErrors();
        byRaw.At("data.board").ToString().ShouldBe(byGlobal.At("data.board").ToString());
        var board = byRaw.At("data.board");
        board.GetProperty("name").GetString().ShouldBe("Travel Ideas");
        board.GetProperty("privacy").GetString().ShouldBe("PUBLIC");
        board.GetProperty("ownerUsername").GetString().ShouldBe("demo.pinner");
        board.GetProperty("pinCount").GetInt32().ShouldBe(25);
        board.GetProperty("id").GetString().ShouldBe(GlobalIds.Of("Board", TravelBoard));
    }

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

    [Fact]
    public async Task Sections_list_their_pins_and_refetch_through_node()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            """{ board(id: "91000000000000001") { sections { nodes { id name pins(first: 5) { nodes { pinterestId } } board { name } } } } }""");

        body.ShouldHaveNoErrors();
        var sections = body.At("data.board.sections.nodes").EnumerateArray().ToList();
        sections.Select(s => s.GetProperty("name").GetString()).ShouldBe(["Pasta", "Soups", "Salads"], ignoreOrder: true);
        sections.ShouldAllBe(s => s.At("pins.nodes").GetArrayLength() > 0);
        var node = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($id: ID!) { node(id: $id) { __typename ... on BoardSection { name } } }",
            new { id = sections[0].GetProperty("id").GetString() });
        node.At("data.node.name").GetString().ShouldBe(sections[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pins_in_sections_name_their_section_with_one_section_list_call_per_board()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """{ board(id: "91000000000000001") { pins(first: 10) { nodes { boardSectionPinterestId section { name pinterestId } } } } }""");

        body.ShouldHaveNoErrors();
        var names = body.At("data.board.pins.nodes").EnumerateArray().Select(p => p.GetProperty("section"))
            .Where(s => s.ValueKind == JsonValueKind.Object).Select(s => s.GetProperty("name").GetString()).ToList();
        names.ShouldNotBeEmpty();
        names.ShouldAllBe(n => n == "Pasta" || n == "Soups" || n == "Salads");
        body.At("data.board.pins.nodes").EnumerateArray()
            .Where(p => p.GetProperty("section").ValueKind == JsonValueKind.Object)
            .ShouldAllBe(p => p.GetProperty("boardSectionPinterestId").GetString() == p.GetProperty("section").GetProperty("pinterestId").GetString());
        fixture.Counters.CountOf("board_sections/list").ShouldBe(1);
    }

    [Fact]
    public async Task A_pin_has_media_every_image_size_its_board_and_analytics()
    {
        var pinId = await FirstPinIdAsync();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            { pin(id: "{{pinId}}") {
                id pinterestId title description link altText dominantColor creativeType createdAt isOwner
                small: image(size: SIZE_150X150) { url width height }
                image { url }
                original: image(size: ORIGINAL) { url }
                media { __typename images { size url } }
                board { pinterestId }
                analytics(metricTypes: [IMPRESSION, SAVE]) { summary { metric value } daily { date metrics { metric value } } }
            } }
            """);

        body.ShouldHaveNoErrors();
        var pin = body.At("data.pin");
        pin.GetProperty("pinterestId").GetString().ShouldBe(pinId);
        pin.At("small.width").GetInt32().ShouldBe(150);
        pin.At("image.url").GetString()!.ShouldContain("/sandbox/pinterest/media/img/");
        pin.At("media.__typename").GetString().ShouldBe("ImagePinMedia");
        pin.At("media.images").EnumerateArray().Select(i => i.GetProperty("size").GetString()).ShouldContain("1200x");
        pin.At("board.pinterestId").GetString().ShouldBe(TravelBoard);
        pin.At("analytics.summary").EnumerateArray().Select(m => m.GetProperty("metric").GetString()).ShouldBe(["IMPRESSION", "SAVE"], ignoreOrder: true);
        pin.At("analytics.daily").GetArrayLength().ShouldBeGreaterThan(0);
    }

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
