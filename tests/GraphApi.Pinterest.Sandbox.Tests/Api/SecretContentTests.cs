using System.Net;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

/// <summary>Secret boards and pins disappear without the read_secret scopes and cannot be written without write_secret.</summary>
public sealed class SecretContentTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string[] PublicRead = ["boards:read", "pins:read"];
    private static readonly string[] SecretRead = ["boards:read", "boards:read_secret", "pins:read", "pins:read_secret"];

    [Fact]
    public async Task Secret_boards_are_left_out_of_the_list_without_boards_read_secret()
    {
        using var publicOnly = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, PublicRead);
        using var withSecret = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, SecretRead);

        var visible = (await publicOnly.GetJsonAsync("v5/boards")).Items();
        var all = (await withSecret.GetJsonAsync("v5/boards")).Items();

        visible.Select(b => b["privacy"]!.GetValue<string>()).ShouldAllBe(p => p != "SECRET");
        all.Count(b => b["privacy"]!.GetValue<string>() == "SECRET").ShouldBe(2);
        all.Count.ShouldBe(visible.Count + 2);
    }

    [Fact]
    public async Task Privacy_filter_narrows_the_list()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, SecretRead);

        var protectedBoards = (await client.GetJsonAsync("v5/boards?privacy=PROTECTED")).Items();
        var publicAndSecret = (await client.GetJsonAsync("v5/boards?privacy=PUBLIC_AND_SECRET")).Items();

        protectedBoards.Single()["id"]!.GetValue<string>().ShouldBe(SeedIds.AdsOnlyBoard);
        publicAndSecret.ShouldAllBe(b => b["privacy"]!.GetValue<string>() != "PROTECTED");
    }

    [Fact]
    public async Task A_secret_board_or_pin_reads_as_not_found_without_the_secret_scopes()
    {
        using var publicOnly = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, PublicRead);
        using var withSecret = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, SecretRead);

        using var board = await publicOnly.GetAsync(new Uri($"v5/boards/{SeedIds.GiftsBoard}", UriKind.Relative));
        using var pin = await publicOnly.GetAsync(new Uri($"v5/pins/{SeedIds.GiftPin}", UriKind.Relative));

        (board.StatusCode, (await board.JsonAsync()).Code()).ShouldBe((HttpStatusCode.NotFound, 40));
        (pin.StatusCode, (await pin.JsonAsync()).Code()).ShouldBe((HttpStatusCode.NotFound, 50));
        (await withSecret.GetJsonAsync($"v5/pins/{SeedIds.GiftPin}"))["board_id"]!.GetValue<string>().ShouldBe(SeedIds.GiftsBoard);
    }

    [Fact]
    public async Task Pins_list_hides_secret_pins_without_pins_read_secret_and_protected_pins_unless_asked()
    {
        using var publicOnly = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, PublicRead);
        using var withSecret = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, SecretRead);

        var publicPins = (await publicOnly.GetJsonAsync("v5/pins?page_size=250")).Items();
        var withProtected = (await publicOnly.GetJsonAsync("v5/pins?page_size=250&include_protected_pins=true")).Items();
        var privatePins = (await withSecret.GetJsonAsync("v5/pins?page_size=250&pin_type=PRIVATE")).Items();

        // demo.business: 30 + 20 public, 10 protected (ads-only), 10 secret.
        publicPins.Count.ShouldBe(50);
        withProtected.Count.ShouldBe(60);
        privatePins.Count.ShouldBe(10);
    }

    [Fact]
    public async Task Other_users_secret_content_stays_hidden_even_with_every_scope()
    {
        using var curator = await fixture.Host.ClientForAsync(SandboxDemoUsers.Curator, Scopes.All);

        using var board = await curator.GetAsync(new Uri($"v5/boards/{SeedIds.GiftsBoard}", UriKind.Relative));
        var publicBoard = await curator.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}");

        board.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        publicBoard["owner"]!["username"]!.GetValue<string>().ShouldBe(SandboxDemoUsers.Pinner);
    }

    [Fact]
    public async Task Creating_a_secret_board_needs_boards_write_secret()
    {
        using var writer = await fixture.Host.ClientForAsync(SandboxDemoUsers.Curator, "boards:read", "boards:write");
        using var secretWriter = await fixture.Host.ClientForAsync(SandboxDemoUsers.Curator, "boards:read", "boards:write", "boards:write_secret");

        using var refused = await writer.PostJsonAsync("v5/boards", new { name = "Hidden", privacy = "SECRET" });
        using var created = await secretWriter.PostJsonAsync("v5/boards", new { name = "Hidden", privacy = "SECRET" });

        (refused.StatusCode, (await refused.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Forbidden, 3));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Pins_on_secret_boards_need_pins_write_secret_to_change()
    {
        using var writer = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, "boards:read", "boards:read_secret", "boards:write", "pins:read", "pins:read_secret", "pins:write");

        using var update = await writer.PatchJsonAsync($"v5/pins/{SeedIds.GiftPin}", new { title = "Changed" });
        using var create = await writer.PostJsonAsync("v5/pins", Contract.ContractCases.NewPin(SeedIds.GiftsBoard));

        (update.StatusCode, (await update.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Forbidden, 3));
        (create.StatusCode, (await create.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Forbidden, 3));
    }

    [Fact]
    public async Task Patch_can_only_set_public_or_secret()
    {
        using var writer = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        using var response = await writer.PatchJsonAsync($"v5/boards/{SeedIds.DinnersBoard}", new { privacy = "PROTECTED" });

        (response.StatusCode, (await response.JsonAsync()).Code()).ShouldBe((HttpStatusCode.BadRequest, 1));
    }

    [Fact]
    public async Task Missing_operation_scopes_get_403_code_3_and_bad_tokens_401_code_2()
    {
        using var noPins = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, "boards:read");
        using var badToken = fixture.Host.CreateClient();
        badToken.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");

        using var forbidden = await noPins.GetAsync(new Uri($"v5/boards/{SeedIds.DinnersBoard}/pins", UriKind.Relative));
        using var unauthorized = await badToken.GetAsync(new Uri("v5/boards", UriKind.Relative));

        (forbidden.StatusCode, (await forbidden.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Forbidden, 3));
        (await forbidden.Content.ReadAsStringAsync()).ShouldContain("pins:read");
        (unauthorized.StatusCode, (await unauthorized.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Unauthorized, 2));
    }

    [Fact]
    public async Task Writing_someone_elses_board_is_not_permitted()
    {
        using var curator = await fixture.Host.ClientForAsync(SandboxDemoUsers.Curator, Scopes.All);

        using var response = await curator.PatchJsonAsync($"v5/boards/{SeedIds.DinnersBoard}", new { name = "Mine now" });

        (response.StatusCode, (await response.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Forbidden, 29));
    }
}
