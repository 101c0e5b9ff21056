using System.Net;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Tests.Contract;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

/// <summary>PATCH bodies: an absent field is kept, null clears a field the spec marks nullable, null on any other is 400.</summary>
public sealed class PatchNullTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Null_clears_a_board_description_and_absent_keeps_it()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        using var created = await client.PostJsonAsync("v5/boards", new { name = "Patch me", description = "to clear" });
        var id = (await created.JsonAsync())["id"]!.GetValue<string>();

        using var renamed = await client.PatchAsync(new Uri($"v5/boards/{id}", UriKind.Relative), HttpJson.Body(new JsonObject { ["name"] = "Renamed" }));
        var afterRename = await renamed.JsonAsync();
        var clear = new JsonObject { ["description"] = null };
        OpenApiContract.Instance.ValidateRequest("boards/update", clear).ShouldBeEmpty();
        using var cleared = await client.PatchAsync(new Uri($"v5/boards/{id}", UriKind.Relative), HttpJson.Body(clear));
        var read = await client.GetJsonAsync($"v5/boards/{id}");

        afterRename["description"]!.GetValue<string>().ShouldBe("to clear");
        cleared.StatusCode.ShouldBe(HttpStatusCode.OK);
        read["name"]!.GetValue<string>().ShouldBe("Renamed");
        (read["description"]?.GetValue<string>() ?? "").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("name")]
    [InlineData("privacy")]
    public async Task Null_on_a_board_field_Pinterest_cannot_clear_is_400(string field)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        using var response = await client.PatchAsync(new Uri($"v5/boards/{SeedIds.DinnersBoard}", UriKind.Relative), HttpJson.Body(new JsonObject { [field] = null }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Null_clears_pin_text_and_link_and_null_board_id_is_400()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var body = new JsonObject
        {
            ["board_id"] = SeedIds.DinnersBoard,
            ["title"] = "Clear me",
            ["link"] = "https://example.test/a",
            ["media_source"] = new JsonObject { ["source_type"] = "image_url", ["url"] = "https://example.test/a.jpg" },
        };
        using var created = await client.PostAsync(new Uri("v5/pins", UriKind.Relative), HttpJson.Body(body));
        var id = (await created.JsonAsync())["id"]!.GetValue<string>();

        using var badBoard = await client.PatchAsync(new Uri($"v5/pins/{id}", UriKind.Relative), HttpJson.Body(new JsonObject { ["board_id"] = null }));
        using var cleared = await client.PatchAsync(new Uri($"v5/pins/{id}", UriKind.Relative), HttpJson.Body(new JsonObject { ["title"] = null, ["link"] = null }));
        var read = await client.GetJsonAsync($"v5/pins/{id}");

        badBoard.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        cleared.StatusCode.ShouldBe(HttpStatusCode.OK);
        read["title"]?.GetValue<string>().ShouldBeNull();
        read["link"]?.GetValue<string>().ShouldBeNull();
        read["board_id"]!.GetValue<string>().ShouldBe(SeedIds.DinnersBoard);
    }
}
