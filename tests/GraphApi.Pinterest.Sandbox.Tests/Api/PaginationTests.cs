using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

public sealed class PaginationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Default_page_is_25_and_the_last_page_has_no_bookmark()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        var first = await client.GetJsonAsync("v5/pins");
        var ids = first.Items().Select(p => p["id"]!.GetValue<string>()).ToList();
        var bookmark = first.Bookmark();
        while (bookmark is not null)
        {
            var next = await client.GetJsonAsync($"v5/pins?bookmark={bookmark}");
            ids.AddRange(next.Items().Select(p => p["id"]!.GetValue<string>()));
            bookmark = next.Bookmark();
        }

        first.Items().Count.ShouldBe(25);
        ids.Count.ShouldBe(ids.Distinct().Count());
        // demo.pinner owns 90 pins, all on public or secret boards; with every scope all of them are listed.
        ids.Count.ShouldBe(90);
    }

    [Fact]
    public async Task Page_size_is_honoured_up_to_250()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        var small = await client.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}/pins?page_size=10");
        var all = await client.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}/pins?page_size=250");

        small.Items().Count.ShouldBe(10);
        small.Bookmark().ShouldNotBeNull();
        all.Items().Count.ShouldBe(25);
        all["bookmark"].ShouldBeNull();
    }

    [Theory]
    [InlineData("page_size=0")]
    [InlineData("page_size=251")]
    [InlineData("page_size=ten")]
    [InlineData("bookmark=%20garbage")]
    public async Task Invalid_paging_parameters_get_400_code_1(string query)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        using var response = await client.GetAsync(new Uri($"v5/boards?{query}", UriKind.Relative));

        ((int)response.StatusCode).ShouldBe(400);
        (await response.JsonAsync()).Code().ShouldBe(1);
    }

    [Fact]
    public async Task A_boards_pin_list_includes_the_pins_in_its_sections()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        var boardPins = (await client.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}/pins?page_size=250")).Items();
        var sectionPins = (await client.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}/sections/{SeedIds.PastaSection}/pins")).Items();

        sectionPins.ShouldNotBeEmpty();
        sectionPins.ShouldAllBe(p => p["board_section_id"]!.GetValue<string>() == SeedIds.PastaSection);
        var boardPinIds = boardPins.Select(p => p["id"]!.GetValue<string>()).ToHashSet();
        sectionPins.ShouldAllBe(p => boardPinIds.Contains(p["id"]!.GetValue<string>()));
        boardPins.ShouldContain(p => p["board_section_id"] == null);
    }
}
