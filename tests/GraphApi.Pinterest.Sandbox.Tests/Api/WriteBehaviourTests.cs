using System.Net;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Tests.Contract;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

public sealed class WriteBehaviourTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Saving_a_pin_copies_it_with_its_parent_and_updates_the_board()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        using var board = await client.PostJsonAsync("v5/boards", new { name = "Saved things" });
        var boardId = (await board.JsonAsync())["id"]!.GetValue<string>();

        using var saved = await client.PostJsonAsync($"v5/pins/{SeedIds.ArchitecturePin}/save", new { board_id = boardId });
        var pin = await saved.JsonAsync();
        var after = await client.GetJsonAsync($"v5/boards/{boardId}");

        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        pin["parent_pin_id"]!.GetValue<string>().ShouldBe(SeedIds.ArchitecturePin);
        pin["is_owner"]!.GetValue<bool>().ShouldBeTrue();
        pin["board_owner"]!["username"]!.GetValue<string>().ShouldBe(SandboxDemoUsers.Pinner);
        after["pin_count"]!.GetValue<int>().ShouldBe(1);
        after["media"]!["pin_thumbnail_urls"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_base64_pin_lands_in_a_section_and_can_be_moved_and_deleted()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var body = new JsonObject
        {
            ["board_id"] = SeedIds.DinnersBoard,
            ["board_section_id"] = SeedIds.PastaSection,
            ["title"] = "Base64 pin",
            ["dominant_color"] = "#123456",
            ["media_source"] = new JsonObject { ["source_type"] = "image_base64", ["content_type"] = "image/png", ["data"] = "iVBORw0KGgo=" },
        };
        OpenApiContract.Instance.ValidateRequest("pins/create", body).ShouldBeEmpty();

        using var created = await client.PostAsync(new Uri("v5/pins", UriKind.Relative), HttpJson.Body(body));
        var pin = await created.JsonAsync();
        var id = pin["id"]!.GetValue<string>();
        using var moved = await client.PatchJsonAsync($"v5/pins/{id}", new { board_section_id = (string?)null, description = "moved out" });
        using var deleted = await client.DeleteAsync(new Uri($"v5/pins/{id}", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri($"v5/pins/{id}", UriKind.Relative));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        pin["board_section_id"]!.GetValue<string>().ShouldBe(SeedIds.PastaSection);
        pin["dominant_color"]!.GetValue<string>().ShouldBe("#123456");
        (await moved.JsonAsync())["board_section_id"].ShouldBeNull();
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Parallel_writes_all_succeed()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Curator, Scopes.All);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PostJsonAsync("v5/boards", new { name = $"Parallel {i}" })));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Creating_a_pin_without_a_supported_media_source_is_400()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        using var response = await client.PostJsonAsync("v5/pins", new { board_id = SeedIds.DinnersBoard, title = "no media" });

        (response.StatusCode, (await response.JsonAsync()).Code()).ShouldBe((HttpStatusCode.BadRequest, 1));
    }

    [Fact]
    public async Task Section_names_are_unique_per_board_and_deleting_a_section_keeps_its_pins_on_the_board()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        using var board = await client.PostJsonAsync("v5/boards", new { name = "Sectioned" });
        var boardId = (await board.JsonAsync())["id"]!.GetValue<string>();
        using var section = await client.PostJsonAsync($"v5/boards/{boardId}/sections", new { name = "Part one" });
        var sectionId = (await section.JsonAsync())["id"]!.GetValue<string>();
        using var duplicate = await client.PostJsonAsync($"v5/boards/{boardId}/sections", new { name = "Part one" });
        var pin = ContractCases.NewPin(boardId);
        pin["board_section_id"] = sectionId;
        using var created = await client.PostAsync(new Uri("v5/pins", UriKind.Relative), HttpJson.Body(pin));

        using var deleted = await client.DeleteAsync(new Uri($"v5/boards/{boardId}/sections/{sectionId}", UriKind.Relative));
        var pins = (await client.GetJsonAsync($"v5/boards/{boardId}/pins")).Items();

        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        pins.Single()["board_section_id"].ShouldBeNull();
    }

    [Fact]
    public async Task A_video_upload_is_registered_until_the_file_is_posted_to_its_upload_url()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, Scopes.All);
        using var created = await client.PostJsonAsync("v5/media", new { media_type = "video" });
        var upload = await created.JsonAsync();
        var id = upload["media_id"]!.GetValue<string>();

        var before = await client.GetJsonAsync($"v5/media/{id}");
        using var content = new ByteArrayContent([0, 0, 0, 24]);
        using var uploaded = await client.PostAsync(new Uri(upload["upload_url"]!.GetValue<string>()), content);
        var after = await client.GetJsonAsync($"v5/media/{id}");

        before["status"]!.GetValue<string>().ShouldBe("registered");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after["status"]!.GetValue<string>().ShouldBe("succeeded");
    }

    [Fact]
    public async Task Following_a_user_shows_up_in_following_and_unknown_users_are_404_code_30()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Curator, Scopes.All);

        using var follow = await client.PostJsonAsync($"v5/user_account/following/{SandboxDemoUsers.Business}", new { auto_follow = false });
        using var unknown = await client.PostJsonAsync("v5/user_account/following/nobody.here", new { });
        var following = (await client.GetJsonAsync("v5/user_account/following")).Items();

        follow.StatusCode.ShouldBe(HttpStatusCode.OK);
        following.ShouldContain(u => u["username"]!.GetValue<string>() == SandboxDemoUsers.Business);
        (unknown.StatusCode, (await unknown.JsonAsync()).Code()).ShouldBe((HttpStatusCode.NotFound, 30));
    }

    [Theory]
    [InlineData(100, 95)]
    [InlineData(1, 5)]
    public async Task Analytics_only_cover_the_last_90_days(int startDaysAgo, int endDaysAgo)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var start = DateTime.UtcNow.AddDays(-startDaysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var end = DateTime.UtcNow.AddDays(-endDaysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.GetAsync(new Uri($"v5/user_account/analytics?start_date={start}&end_date={end}", UriKind.Relative));

        (response.StatusCode, (await response.JsonAsync()).Code()).ShouldBe((HttpStatusCode.BadRequest, 1));
    }

    [Fact]
    public async Task Search_finds_the_callers_boards_and_pins_by_text()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        var boards = (await client.GetJsonAsync("v5/search/boards?query=travel")).Items();
        var pins = (await client.GetJsonAsync("v5/search/pins?query=kyoto&page_size=250")).Items();

        boards.Single()["name"]!.GetValue<string>().ShouldBe("Travel Ideas");
        pins.ShouldAllBe(p => p["title"]!.GetValue<string>().Contains("Kyoto", StringComparison.OrdinalIgnoreCase)
            || p["description"]!.GetValue<string>().Contains("Kyoto", StringComparison.OrdinalIgnoreCase));
    }
}
