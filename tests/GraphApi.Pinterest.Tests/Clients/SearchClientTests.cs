using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Search;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class SearchClientTests : IDisposable
{
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SearchBoardsAsync_sends_query_and_page()
    {
        _host.Respond(200, """{"items":[{"id":"1","name":"Tea"}]}""");

        var page = await _host.Client.Search.SearchBoardsAsync(new SearchBoardsRequest { Query = "tea time", Page = new PageRequest(20) });

        _host.Single.ShouldBe("GET", "/v5/search/boards");
        _host.Single.ShouldHaveQuery(("query", "tea time"), ("page_size", "20"));
        page.Items.ShouldHaveSingleItem().Name.ShouldBe("Tea");
    }

    [Fact]
    public async Task SearchPinsAsync_sends_query_and_bookmark_only()
    {
        _host.Respond(200, """{"items":[{"id":"7"}],"bookmark":"n"}""");

        await _host.Client.Search.SearchPinsAsync(new SearchPinsRequest { Query = "tea", Bookmark = "b", AdAccountId = "3" });

        _host.Single.ShouldBe("GET", "/v5/search/pins");
        _host.Single.ShouldHaveQuery(("query", "tea"), ("bookmark", "b"), ("ad_account_id", "3"));
    }

    [Fact]
    public async Task SearchPartnerPinsAsync_sends_term_country_and_limit()
    {
        _host.Respond(200, """{"items":[{"id":"7","title":"Tea","media":{"media_type":"video","duration":1500,"width":720,"height":1280}}],"bookmark":null}""");

        var page = await _host.Client.Search.SearchPartnerPinsAsync(new SearchPartnerPinsRequest { Term = "tea", CountryCode = "US", Locale = "en-US", Limit = 50 });

        _host.Single.ShouldBe("GET", "/v5/search/partner/pins");
        _host.Single.ShouldHaveQuery(("term", "tea"), ("country_code", "US"), ("locale", "en-US"), ("limit", "50"));
        page.Items.ShouldHaveSingleItem().Media.ShouldBeOfType<PinVideoMedia>().Duration.ShouldBe(1500);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task SearchPartnerPinsAsync_limit_is_1_to_50(int limit)
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() =>
            _host.Client.Search.SearchPartnerPinsAsync(new SearchPartnerPinsRequest { Term = "tea", CountryCode = "US", Limit = limit }));
    }
}
