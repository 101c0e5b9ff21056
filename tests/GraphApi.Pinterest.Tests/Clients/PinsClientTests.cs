using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Patching;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class PinsClientTests : IDisposable
{
    private const string PinJson = """{"id":"813744226420795884","title":"Tea","media":{"images":{"150x150":{"url":"https://i/150.jpg","width":150,"height":150}},"media_type":"image"}}""";
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ListAsync_sends_every_filter()
    {
        _host.Respond(200, $$"""{"items":[{{PinJson}}],"bookmark":"n"}""");

        await _host.Client.Pins.ListAsync(new ListPinsRequest
        {
            PinFilter = "exclude_repins",
            PinMetrics = true,
            IncludeProtectedPins = false,
            PinType = "PRIVATE",
            CreativeTypes = [CreativeType.Idea, CreativeType.Carousel],
            AdAccountId = "42",
            Page = new PageRequest(100, "bm"),
        });

        _host.Single.ShouldBe("GET", "/v5/pins");
        _host.Single.ShouldHaveQuery(
            ("pin_filter", "exclude_repins"), ("pin_metrics", "true"), ("include_protected_pins", "false"), ("pin_type", "PRIVATE"),
            ("creative_types", "IDEA"), ("creative_types", "CAROUSEL"), ("ad_account_id", "42"), ("page_size", "100"), ("bookmark", "bm"));
    }

    [Fact]
    public async Task GetAsync_reads_image_media_renditions()
    {
        _host.Respond(200, PinJson);

        var pin = await _host.Client.Pins.GetAsync("813744226420795884", pinMetrics: true);

        _host.Single.ShouldBe("GET", "/v5/pins/813744226420795884");
        _host.Single.ShouldHaveQuery(("pin_metrics", "true"));
        var media = pin.Media.ShouldBeOfType<PinImageMedia>();
        media.Images!["150x150"].Width.ShouldBe(150);
    }

    [Fact]
    public async Task CreateAsync_writes_the_media_source_discriminator()
    {
        _host.Respond(201, PinJson);

        await _host.Client.Pins.CreateAsync(new CreatePinRequest
        {
            BoardId = "1",
            Title = "Tea",
            MediaSource = new PinImageUrlSource { Url = "https://example.test/tea.jpg" },
        });

        _host.Single.ShouldBe("POST", "/v5/pins");
        _host.Single.ShouldHaveJsonBody("""{"board_id":"1","title":"Tea","media_source":{"source_type":"image_url","url":"https://example.test/tea.jpg"}}""");
    }

    [Fact]
    public async Task CreateAsync_rejects_a_one_image_carousel()
    {
        var request = new CreatePinRequest
        {
            BoardId = "1",
            MediaSource = new PinMultipleImageUrlsSource { Items = [new PinImageUrlItem { Url = "https://x.test/1.jpg" }] },
        };

        await Should.ThrowAsync<ArgumentException>(() => _host.Client.Pins.CreateAsync(request));
        _host.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_patches_with_carousel_slots()
    {
        _host.Respond(200, PinJson);

        await _host.Client.Pins.UpdateAsync("5", new UpdatePinRequest { AltText = "alt", CarouselSlots = [new CarouselSlot { Title = "one" }] }, "42");

        _host.Single.ShouldBe("PATCH", "/v5/pins/5");
        _host.Single.ShouldHaveQuery(("ad_account_id", "42"));
        _host.Single.ShouldHaveJsonBody("""{"alt_text":"alt","carousel_slots":[{"title":"one"}]}""");
    }

    [Fact]
    public async Task UpdateAsync_sends_null_for_cleared_fields_only()
    {
        _host.Respond(200, PinJson);

        await _host.Client.Pins.UpdateAsync("5", new UpdatePinRequest { Title = Patch.Null<string>(), Link = Patch.Null<string>(), BoardSectionId = Patch.Null<string>(), Description = "kept" });

        _host.Single.ShouldHaveJsonBody("""{"title":null,"link":null,"board_section_id":null,"description":"kept"}""");
    }

    [Fact]
    public async Task DeleteAsync_deletes_the_pin()
    {
        _host.Respond(204, string.Empty);

        await _host.Client.Pins.DeleteAsync("5");

        _host.Single.ShouldBe("DELETE", "/v5/pins/5");
    }

    [Fact]
    public async Task SaveAsync_posts_the_destination()
    {
        _host.Respond(201, PinJson);

        await _host.Client.Pins.SaveAsync("5", new SavePinRequest { BoardId = "1", BoardSectionId = "2" });

        _host.Single.ShouldBe("POST", "/v5/pins/5/save");
        _host.Single.ShouldHaveJsonBody("""{"board_id":"1","board_section_id":"2"}""");
    }
}
