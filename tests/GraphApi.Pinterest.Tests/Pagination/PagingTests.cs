using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Pagination;

public sealed class PagingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(251)]
    public void Page_size_must_be_1_to_250(int size) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PageRequest(size));

    [Theory]
    [InlineData(1)]
    [InlineData(250)]
    public void Page_size_bounds_are_accepted(int size) =>
        new PageRequest(size).PageSize.ShouldBe(size);

    [Fact]
    public async Task WalkAsync_follows_bookmarks_until_the_last_page()
    {
        var pages = new Dictionary<string, Page<int>>
        {
            [""] = new() { Items = [1, 2], Bookmark = "b1" },
            ["b1"] = new() { Items = [3], Bookmark = "b2" },
            ["b2"] = new() { Items = [4], Bookmark = null },
        };
        var sizes = new List<int?>();

        var items = await PinterestPaging.WalkAsync<int>((request, _) =>
        {
            sizes.Add(request.PageSize);
            return Task.FromResult(pages[request.Bookmark ?? string.Empty]);
        }, maxPages: 10, pageSize: 2).ToListAsync();

        items.ShouldBe([1, 2, 3, 4]);
        sizes.ShouldBe([2, 2, 2]);
    }

    [Fact]
    public async Task WalkAsync_stops_at_the_cap()
    {
        var calls = 0;

        var items = await PinterestPaging.WalkAsync<int>((_, _) =>
        {
            calls++;
            return Task.FromResult(new Page<int> { Items = [calls], Bookmark = $"b{calls}" });
        }, maxPages: 3).ToListAsync();

        items.ShouldBe([1, 2, 3]);
        calls.ShouldBe(3);
    }

    [Fact]
    public async Task WalkAsync_stops_when_a_bookmark_repeats()
    {
        var items = await PinterestPaging.WalkAsync<int>((_, _) => Task.FromResult(new Page<int> { Items = [1], Bookmark = "same" }), maxPages: 50).ToListAsync();

        items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task WalkAsync_walks_a_real_list_through_the_client()
    {
        using var host = new PinterestTestHost();
        host.Server.ResetMappings();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v5/boards").WithParam("bookmark", "p2"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithBody("""{"items":[{"id":"2","name":"b"}],"bookmark":null}"""));
        host.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v5/boards")).AtPriority(10)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithBody("""{"items":[{"id":"1","name":"a"}],"bookmark":"p2"}"""));

        var boards = await PinterestPaging.WalkAsync(
            (page, ct) => host.Client.Boards.ListAsync(new Boards.ListBoardsRequest { Page = page }, ct), maxPages: 5, pageSize: 250).ToListAsync();

        boards.Select(b => b.Id).ShouldBe(["1", "2"]);
        host.Requests.Select(r => r.QueryValue("page_size")).ShouldBe(["250", "250"]);
    }
}
