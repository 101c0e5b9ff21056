using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class BoardSectionsClientTests : IDisposable
{
    private const string SectionJson = """{"id":"5","name":"Salads"}""";
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ListAsync_pages_sections()
    {
        _host.Respond(200, $$"""{"items":[{{SectionJson}}],"bookmark":"b2"}""");

        var page = await _host.Client.BoardSections.ListAsync("1", new PageRequest(10, "b1"), "123");

        _host.Single.ShouldBe("GET", "/v5/boards/1/sections");
        _host.Single.ShouldHaveQuery(("ad_account_id", "123"), ("page_size", "10"), ("bookmark", "b1"));
        page.Items.ShouldHaveSingleItem().Name.ShouldBe("Salads");
    }

    [Fact]
    public async Task CreateAsync_posts_the_name()
    {
        _host.Respond(201, SectionJson);

        var section = await _host.Client.BoardSections.CreateAsync("1", new CreateBoardSectionRequest { Name = "Salads" });

        _host.Single.ShouldBe("POST", "/v5/boards/1/sections");
        _host.Single.ShouldHaveJsonBody("""{"name":"Salads"}""");
        section.Id.ShouldBe("5");
    }

    [Fact]
    public async Task CreateAsync_rejects_names_over_180_characters()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => _host.Client.BoardSections.CreateAsync("1", new CreateBoardSectionRequest { Name = new string('x', 181) }));
        _host.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_patches_the_section()
    {
        _host.Respond(200, SectionJson);

        await _host.Client.BoardSections.UpdateAsync("1", "5", new UpdateBoardSectionRequest { Name = "Soups" });

        _host.Single.ShouldBe("PATCH", "/v5/boards/1/sections/5");
        _host.Single.ShouldHaveJsonBody("""{"name":"Soups"}""");
    }

    [Fact]
    public async Task DeleteAsync_deletes_the_section()
    {
        _host.Respond(204, string.Empty);

        await _host.Client.BoardSections.DeleteAsync("1", "5");

        _host.Single.ShouldBe("DELETE", "/v5/boards/1/sections/5");
    }

    [Fact]
    public async Task ListPinsAsync_lists_section_pins()
    {
        _host.Respond(200, """{"items":[{"id":"9"}]}""");

        var page = await _host.Client.BoardSections.ListPinsAsync("1", "5", new PageRequest(250));

        _host.Single.ShouldBe("GET", "/v5/boards/1/sections/5/pins");
        _host.Single.ShouldHaveQuery(("page_size", "250"));
        page.Items.ShouldHaveSingleItem().Id.ShouldBe("9");
        page.Bookmark.ShouldBeNull();
    }
}
