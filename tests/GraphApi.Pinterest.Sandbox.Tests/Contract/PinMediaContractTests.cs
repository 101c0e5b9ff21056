using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>Carousel and video pins, which the one-case-per-operation table cannot cover, held to the spec too.</summary>
public sealed class PinMediaContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData("multiple_image_urls")]
    [InlineData("multiple_image_base64")]
    public async Task Carousel_pin_matches_the_official_schema(string sourceType)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var call = new ContractCall(client, "pins/create");
        var items = new JsonArray(
            Item(sourceType, 1, new JsonObject { ["title"] = "First", ["description"] = "One", ["link"] = "https://example.com/1" }),
            Item(sourceType, 2, []));

        var created = await call.SendAsync(HttpMethod.Post, "v5/pins", PinWith(new JsonObject { ["source_type"] = sourceType, ["items"] = items }));
        var read = await call.SendAsync(HttpMethod.Get, $"v5/pins/{created.Body!["id"]}", null, "pins/get");

        created.Status.ShouldBe(201, created.RawBody);
        var media = read.Body!["media"]!;
        media["media_type"]!.GetValue<string>().ShouldBe("multiple_images");
        var stored = media["items"]!.AsArray();
        stored.Count.ShouldBe(2);
        stored[0]!["item_type"]!.GetValue<string>().ShouldBe("image");
        stored[0]!["title"]!.GetValue<string>().ShouldBe("First");
        stored[0]!["images"]!["600x"]!["url"]!.GetValue<string>().ShouldNotBe(stored[1]!["images"]!["600x"]!["url"]!.GetValue<string>());
        call.Results.ForEach(ResponseContractTests.AssertMatchesSchema);
    }

    [Fact]
    public async Task Video_pin_matches_the_official_schema_and_finishes_the_upload()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var call = new ContractCall(client, "pins/create");
        var upload = await call.SendAsync(HttpMethod.Post, "v5/media", new JsonObject { ["media_type"] = "video" }, "media/create");
        var mediaId = upload.Body!["media_id"]!.GetValue<string>();

        var created = await call.SendAsync(HttpMethod.Post, "v5/pins", PinWith(new JsonObject { ["source_type"] = "video_id", ["media_id"] = mediaId }));
        var read = await call.SendAsync(HttpMethod.Get, $"v5/pins/{created.Body!["id"]}", null, "pins/get");
        var status = await call.SendAsync(HttpMethod.Get, $"v5/media/{mediaId}", null, "media/get");

        created.Status.ShouldBe(201, created.RawBody);
        var media = read.Body!["media"]!;
        media["media_type"]!.GetValue<string>().ShouldBe("video");
        media["duration"]!.GetValue<double>().ShouldBe(12000);
        media["video_url"]!.GetValue<string>().ShouldEndWith($"/media/uploads/{mediaId}");
        media["cover_image_url"]!.GetValue<string>().ShouldEndWith(".png");
        status.Body!["status"]!.GetValue<string>().ShouldBe("succeeded");
        call.Results.ForEach(ResponseContractTests.AssertMatchesSchema);
    }

    [Fact]
    public async Task Video_pin_needs_an_upload_of_the_caller()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var call = new ContractCall(client, "pins/create");

        var created = await call.SendAsync(HttpMethod.Post, "v5/pins", PinWith(new JsonObject { ["source_type"] = "video_id", ["media_id"] = "123" }));

        (created.Status, created.Body!.Code()).ShouldBe((400, 1));
    }

    private static JsonObject Item(string sourceType, int n, JsonObject item)
    {
        if (sourceType == "multiple_image_urls")
        {
            item["url"] = $"https://example.com/carousel-{n}.jpg";
        }
        else
        {
            item["content_type"] = "image/png";
            item["data"] = Convert.ToBase64String([1, 2, 3, (byte)n]);
        }

        return item;
    }

    private static JsonObject PinWith(JsonObject source) => new()
    {
        ["board_id"] = SeedIds.DinnersBoard,
        ["title"] = "Media contract pin",
        ["media_source"] = source,
    };
}
