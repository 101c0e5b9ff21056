using System.Text.Json;
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
    [InlineData("first: -1", "`first` must be between 0 and 250, not -1.")]
    [InlineData("first: 251", "`first` must be between 0 and 250, not 251.")]
    [InlineData("after: \"not-a-cursor\"", "`after` is not a cursor from this connection")]
    [InlineData("first: 2147483647", "`first` must be between 0 and 250, not 2147483647.")]
    [InlineData("after: \"YzE6MjUxOg\"", "`after` is not a cursor from this connection")] // c1:251: skips more than a page holds
    [InlineData("after: \"YzE6LTE6eA\"", "`after` is not a cursor from this connection")] // c1:-1:x
    [InlineData("after: \"YzA6MTp4\"", "`after` is not a cursor from this connection")] // another version's prefix
    [InlineData("after: \"\"", "`after` is not a cursor from this connection")]
    public async Task Bad_paging_arguments_are_refused_before_any_call(string arguments, string message)
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ me { username boards({{arguments}}) { nodes { id } } } }""");

        body.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
        body.FirstErrorMessage().ShouldContain(message);
        fixture.Counters.CountOf("boards/list").ShouldBe(0);
    }
    /// <summary>
    /// Every connection field of the schema, as Type.field (RelaySpecificationTests checks the list is complete), with
    /// a query reaching it: a field's pageInfo must follow the specification wherever its connection is built.
    /// </summary>
    public static TheoryData<string, string, bool> Connections => new()
    {
        { "User.boards", "me { boards(first: $first, after: $after) { ...page } }", true },
        { "User.pins", "me { pins(first: $first, after: $after) { ...page } }", true },
        { "User.followers", "me { followers(first: $first, after: $after) { ...page } }", true },
        { "User.following", "me { following(first: $first, after: $after) { ...page } }", true },
        // demo.pinner has claimed no website: the empty connection's page info.
        { "User.websites", "me { websites(first: $first, after: $after) { ...page } }", false },
        { "Board.pins", $"board(id: \"{TravelBoard}\") {{ pins(first: $first, after: $after) {{ ...page }} }}", true },
        { "Board.sections", $"board(id: \"{TravelBoard}\") {{ sections(first: $first, after: $after) {{ ...page }} }}", true },
        { "BoardSection.pins", $"node(id: \"{GlobalIds.Of("BoardSection", $"{TravelBoard}/92000000000000004")}\") {{ ... on BoardSection {{ pins(first: $first, after: $after) {{ ...page }} }} }}", true },
        { "Query.searchBoards", "searchBoards(query: \"i\", first: $first, after: $after) { ...page }", true },
        // Pinterest's pin search has a fixed page size (25): paging inside it exercises the skip in the cursor.
        { "Query.searchPins", "searchPins(query: \"i\", first: $first, after: $after) { ...page }", true },
    };

    public static IReadOnlyList<string> ConnectionFields => [.. Connections.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Connections))]
    public Task Every_connection_answers_all_four_page_info_fields_by_the_specification(string name, string selection, bool hasItems) =>
        WalkAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Pinner, query, variables), name, selection, hasItems);

    /// <summary>
    /// The behaviour theory's body, for connections whose demo data needs another fixture (the ads ones need the ads
    /// scopes the default connection does not ask for; see AdsRelayTests).
    /// </summary>
    internal static async Task WalkAsync(Func<string, object, Task<JsonElement>> query, string name, string selection, bool hasItems)
    {
        var first = await PageAsync(query, selection, 1, null);
        var firstInfo = first.GetProperty("pageInfo");
        var firstEdges = first.GetProperty("edges").EnumerateArray().ToList();
        firstInfo.GetProperty("hasPreviousPage").GetBoolean().ShouldBeFalse($"{name}: nothing comes before the first page");
        ShouldMatchEdges(name, firstInfo, firstEdges);
        (firstEdges.Count > 0).ShouldBe(hasItems, $"{name}: the demo data this case expects");

        // One item, seven, then fifty at a time to the end (middle-edge and page-end cursors both; other tests of this
        // collection add pins, so the lists grow): each later page has items before it; the walk ends on hasNextPage false.
        var after = firstInfo.GetProperty("endCursor").GetString();
        var hasNext = firstInfo.GetProperty("hasNextPage").GetBoolean();
        var seen = firstEdges.Select(e => e.GetProperty("node").ToString()).ToList();
        for (var pages = 1; hasNext && pages < 100; pages++)
        {
            var page = await PageAsync(query, selection, pages == 1 ? 7 : 50, after);
            var info = page.GetProperty("pageInfo");
            var edges = page.GetProperty("edges").EnumerateArray().ToList();
            info.GetProperty("hasPreviousPage").GetBoolean().ShouldBeTrue($"{name}: a page read with `after` has items before it");
            ShouldMatchEdges(name, info, edges);
            seen.AddRange(edges.Select(e => e.GetProperty("node").ToString()));
            hasNext = info.GetProperty("hasNextPage").GetBoolean();
            after = info.GetProperty("endCursor").GetString();
        }

        seen.Distinct().Count().ShouldBe(seen.Count, $"{name}: no item twice");
        hasNext.ShouldBeFalse($"{name}: the walk ends after {seen.Count} items");
        seen.Distinct().Count().ShouldBe(seen.Count, $"{name}: no item twice");
    }

    [Fact]
    public async Task A_huge_after_is_refused_before_any_call()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($a: String) { me { username boards(after: $a) { nodes { id } } } }", new { a = new string('A', 40_000) });

        body.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
        fixture.Counters.CountOf("boards/list").ShouldBe(0);
    }

    [Fact]
    public async Task Another_users_cursor_pages_only_the_callers_own_list()
    {
        var curator = await fixture.QueryAsync(SandboxDemoUsers.Curator, "{ me { boards(first: 1) { pageInfo { endCursor } } } }");
        var cursor = curator.At("data.me.boards.pageInfo.endCursor").GetString();

        // The cursor only carries Pinterest's bookmark and a count: Pinterest reads it under the caller's own token.
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($a: String) { me { boards(first: 10, after: $a) { nodes { ownerUsername } } } }", new { a = cursor });

        if (body.TryGetProperty("errors", out _))
        {
            body.FirstErrorCode().ShouldNotBe("INTERNAL_ERROR");
        }
        else
        {
            var owners = body.At("data.me.boards.nodes").EnumerateArray().Select(b => b.GetProperty("ownerUsername").GetString()).ToList();
            owners.ShouldNotBeEmpty();
            owners.ShouldAllBe(owner => owner == SandboxDemoUsers.Pinner);
        }
    }

    [Fact]
    public async Task Past_the_last_item_the_page_is_empty_with_null_cursors_and_items_before_it()
    {
        var all = await PageAsync(BoardPins, 250, null);
        all.At("pageInfo.hasNextPage").GetBoolean().ShouldBeFalse();

        var past = await PageAsync(BoardPins, 5, all.At("pageInfo.endCursor").GetString());

        past.GetProperty("edges").GetArrayLength().ShouldBe(0);
        past.At("pageInfo.hasPreviousPage").GetBoolean().ShouldBeTrue();
        past.At("pageInfo.hasNextPage").GetBoolean().ShouldBeFalse();
        past.At("pageInfo.startCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        past.At("pageInfo.endCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task First_zero_answers_page_info_only_and_is_one_counted_call()
    {
        fixture.Counters.Reset();

        var page = await PageAsync(BoardPins, 0, null);

        page.GetProperty("edges").GetArrayLength().ShouldBe(0);
        page.At("pageInfo.hasNextPage").GetBoolean().ShouldBeTrue("the board has 25 pins");
        page.At("pageInfo.hasPreviousPage").GetBoolean().ShouldBeFalse();
        page.At("pageInfo.startCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        page.At("pageInfo.endCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(1);
    }

    private const string BoardPins = $"board(id: \"{TravelBoard}\") {{ pins(first: $first, after: $after) {{ ...page }} }}";

    private Task<JsonElement> PageAsync(string selection, int first, string? after) =>
        PageAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Pinner, query, variables), selection, first, after);

    private static async Task<JsonElement> PageAsync(Func<string, object, Task<JsonElement>> query, string selection, int first, string? after)
    {
        var (type, key) = ConnectionTypeOf(selection);
        var body = await query($$"""
            query($first: Int!, $after: String) { {{selection}} }
            fragment page on {{type}} { edges { cursor node { {{key}} } } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } }
            """, new { first, after });
        body.ShouldHaveNoErrors();
        return FindConnection(body.GetProperty("data"));
    }

    // The fragment's type condition, the connection type a selection ends in, and what tells its items apart.
    private static (string Type, string Key) ConnectionTypeOf(string selection) => selection switch
    {
        // Business Access (Features/BusinessAccess/BusinessRelayTests): a member's or partner's assets contain "assets(" only.
        _ when selection.Contains("businesses(", StringComparison.Ordinal) => ("BusinessConnection", "id"),
        _ when selection.Contains("assets(", StringComparison.Ordinal) => ("BusinessAssetConnection", "assetId"),
        _ when selection.Contains("members(", StringComparison.Ordinal) => ("BusinessMemberConnection", "user { pinterestId }"),
        _ when selection.Contains("partners(", StringComparison.Ordinal) => ("BusinessPartnerConnection", "user { pinterestId }"),
        _ when selection.Contains("invites(", StringComparison.Ordinal) => ("BusinessInviteConnection", "pinterestId"),
        _ when selection.Contains("boards(", StringComparison.Ordinal) || selection.StartsWith("searchBoards", StringComparison.Ordinal) => ("BoardConnection", "id"),
        _ when selection.Contains("sections(", StringComparison.Ordinal) => ("BoardSectionConnection", "id"),
        _ when selection.Contains("followers(", StringComparison.Ordinal) || selection.Contains("following(", StringComparison.Ordinal) => ("UserSummaryConnection", "username"),
        _ when selection.Contains("websites(", StringComparison.Ordinal) => ("UserWebsiteConnection", "website"),
        _ when selection.Contains("adAccounts(", StringComparison.Ordinal) => ("AdAccountConnection", "id"),
        _ when selection.Contains("audiences(", StringComparison.Ordinal) => ("AudienceConnection", "pinterestId"),
        _ when selection.Contains("customerLists(", StringComparison.Ordinal) => ("CustomerListConnection", "pinterestId"),
        _ when selection.Contains("keywords(", StringComparison.Ordinal) => ("KeywordConnection", "pinterestId"),
        _ when selection.Contains("billingProfiles(", StringComparison.Ordinal) => ("BillingProfileConnection", "pinterestId"),
        // Credits have no ID in Pinterest's answer: what tells them apart is their title, type and amount.
        _ when selection.Contains("adsCredits(", StringComparison.Ordinal) => ("AdsCreditConnection", "title discountType amountMicro"),
        _ when selection.Contains("invoices(", StringComparison.Ordinal) => ("BillingInvoiceConnection", "pinterestId"),
        _ when selection.Contains("campaigns(", StringComparison.Ordinal) => ("CampaignConnection", "id"),
        _ when selection.Contains("adGroups(", StringComparison.Ordinal) => ("AdGroupConnection", "id"),
        _ when selection.Contains(" ads(", StringComparison.Ordinal) => ("AdConnection", "id"),
        _ when selection.Contains("catalogs(", StringComparison.Ordinal) => ("CatalogConnection", "id"),
        _ when selection.Contains("feeds(", StringComparison.Ordinal) => ("CatalogFeedConnection", "id"),
        // Item issues are reached through a processing result, so test them before "processingResults(".
        _ when selection.Contains("itemIssues(", StringComparison.Ordinal) => ("CatalogItemIssuesConnection", "itemNumber"),
        _ when selection.Contains("processingResults(", StringComparison.Ordinal) => ("FeedProcessingResultConnection", "pinterestId"),
        _ when selection.Contains("products(", StringComparison.Ordinal) => ("CatalogProductConnection", "itemId"),
        _ when selection.Contains("productGroups(", StringComparison.Ordinal) => ("ProductGroupConnection", "id"),
        _ => ("PinConnection", "id"),
    };

    // A connection nested under a list (itemIssues under processingResults(first: 1) { nodes }) is found in its first item.
    private static JsonElement FindConnection(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array
            ? FindConnection(element[0])
            : element.TryGetProperty("pageInfo", out _)
                ? element
                : FindConnection(element.EnumerateObject().Single(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array).Value);

    private static void ShouldMatchEdges(string name, JsonElement info, List<JsonElement> edges)
    {
        if (edges.Count == 0)
        {
            info.GetProperty("startCursor").ValueKind.ShouldBe(JsonValueKind.Null, $"{name}: no edges, no start cursor");
            return;
        }

        info.GetProperty("startCursor").GetString().ShouldBe(edges[0].GetProperty("cursor").GetString(), $"{name}: startCursor is the first edge's cursor");
        info.GetProperty("endCursor").GetString().ShouldBe(edges[^1].GetProperty("cursor").GetString(), $"{name}: endCursor is the last edge's cursor");
    }
}
