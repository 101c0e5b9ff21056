using GraphApi.Pinterest.Pagination;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Execution;

namespace GraphApi.Tests.Schema.Relay;

/// <summary>
/// <see cref="ConnectionPaging.PageAsync"/> on pages the sandbox never serves but Pinterest can: an empty page that
/// still has a bookmark, and pages shorter than asked for.
/// </summary>
public sealed class ConnectionPagingTests
{
    [Fact]
    public async Task An_empty_page_with_a_bookmark_hands_out_where_the_next_page_starts()
    {
        var requests = new List<PageRequest>();

        var empty = await ConnectionPaging.PageAsync(Context(first: 10), Serve(requests, new Page<string> { Bookmark = "b2" }));

        empty.Edges.ShouldBeEmpty();
        empty.PageInfo.HasNextPage.ShouldBeTrue();
        empty.PageInfo.StartCursor.ShouldBeNull();
        empty.PageInfo.EndCursor.ShouldNotBeNull("with hasNextPage true and no edge, endCursor is the only way on");

        var next = await ConnectionPaging.PageAsync(Context(first: 10, after: empty.PageInfo.EndCursor), Serve(requests, new Page<string> { Items = ["a", "b"] }));

        requests[^1].Bookmark.ShouldBe("b2");
        next.Edges.Select(e => e.Node).ShouldBe(["a", "b"]);
        next.PageInfo.HasPreviousPage.ShouldBeTrue();
        next.PageInfo.HasNextPage.ShouldBeFalse();
    }

    [Fact]
    public async Task A_page_skipped_past_its_end_continues_on_its_bookmark()
    {
        var requests = new List<PageRequest>();

        // A cursor 5 items into a page that is now 3 long (items were deleted in between), and more pages follow.
        var page = await ConnectionPaging.PageAsync(Context(first: 2, after: Cursor.Encode("b1", 5)), Serve(requests, new Page<string> { Items = ["x", "y", "z"], Bookmark = "b2" }));

        requests.Single().ShouldBe(new PageRequest(7, "b1"));
        page.Edges.ShouldBeEmpty();
        page.PageInfo.HasNextPage.ShouldBeTrue();
        Cursor.Decode(page.PageInfo.EndCursor!).ShouldBe(("b2", 0));
    }

    [Fact]
    public async Task The_last_edge_of_a_page_carries_the_next_bookmark_and_start_cursor_is_the_first_edge()
    {
        var page = await ConnectionPaging.PageAsync(Context(first: 3), Serve([], new Page<string> { Items = ["a", "b", "c"], Bookmark = "b2" }));

        page.PageInfo.HasPreviousPage.ShouldBeFalse();
        page.PageInfo.StartCursor.ShouldBe(page.Edges[0].Cursor);
        page.PageInfo.EndCursor.ShouldBe(page.Edges[^1].Cursor);
        Cursor.Decode(page.Edges[0].Cursor).ShouldBe((null, 1));
        Cursor.Decode(page.Edges[^1].Cursor).ShouldBe(("b2", 0));
    }

    [Fact]
    public async Task First_zero_asks_for_one_item_and_answers_no_edges()
    {
        var requests = new List<PageRequest>();

        var page = await ConnectionPaging.PageAsync(Context(first: 0), Serve(requests, new Page<string> { Items = ["a"], Bookmark = "b2" }));

        requests.Single().PageSize.ShouldBe(1);
        page.Edges.ShouldBeEmpty();
        page.PageInfo.HasNextPage.ShouldBeTrue();
        page.PageInfo.EndCursor.ShouldBeNull("the item read is still ahead: `after` stays where it was");
    }

    [Fact]
    public async Task First_zero_after_a_cursor_hands_out_that_position_so_the_next_page_continues_there()
    {
        var requests = new List<PageRequest>();
        var after = Cursor.Encode("b1", 0); // a page boundary: the last edge of the page before carried it

        var page = await ConnectionPaging.PageAsync(Context(first: 0, after: after), Serve(requests, new Page<string> { Items = ["a"], Bookmark = "b2" }));

        requests.Single().ShouldBe(new PageRequest(1, "b1"));
        page.Edges.ShouldBeEmpty();
        page.PageInfo.HasNextPage.ShouldBeTrue();
        page.PageInfo.HasPreviousPage.ShouldBeTrue();
        page.PageInfo.EndCursor.ShouldNotBeNull("with hasNextPage true after a cursor, a null endCursor would send the client back to the first page");
        Cursor.Decode(page.PageInfo.EndCursor!).ShouldBe(("b1", 0));

        var next = await ConnectionPaging.PageAsync(Context(first: 2, after: page.PageInfo.EndCursor), Serve(requests, new Page<string> { Items = ["a", "b"] }));

        requests[^1].ShouldBe(new PageRequest(2, "b1"));
        next.Edges.Select(e => e.Node).ShouldBe(["a", "b"]);
    }

    private static Func<PageRequest, CancellationToken, Task<Page<string>>> Serve(List<PageRequest> requests, Page<string> page) => (request, _) =>
    {
        requests.Add(request);
        return Task.FromResult(page);
    };

    private static ResolveFieldContext Context(int first, string? after = null) => new()
    {
        Arguments = new Dictionary<string, ArgumentValue>
        {
            ["first"] = new(first, ArgumentSource.Literal),
            ["after"] = new(after, after is null ? ArgumentSource.FieldDefault : ArgumentSource.Literal),
        },
    };
}
