using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Pins;

/// <summary>Carousel and video pins made through the gateway, read back through every media field.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class PinMediaTests(PinterestSandboxFixture fixture)
{
    private const string HomeOffice = "91000000000000003";

    private const string CreatePin = """
        mutation($input: CreatePinInput!) {
          createPin(input: $input) { pin { pinterestId } errors { __typename ... on UserError { message } } }
        }
        """;

    [Fact]
    public async Task A_carousel_pin_reads_back_every_item()
    {
        var pinId = await CreateAsync(new
        {
            multipleImageUrls = new
            {
                items = new object[]
                {
                    new { url = "https://images.example/c1.jpg", title = "First", description = "The first image", link = "https://example.com/1" },
                    new { url = "https://images.example/c2.jpg" },
                },
            },
        });

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            { pin(id: "{{pinId}}") {
                image(size: SIZE_600X) { url width height }
                media { __typename images { size url width height }
                  ... on MultiplePinMedia { items { itemType title description link images { size url width height } coverImageUrl videoUrl duration } } }
            } }
            """);

        body.ShouldHaveNoErrors();
        var pin = body.At("data.pin");
        pin.At("media.__typename").GetString().ShouldBe("MultiplePinMedia");
        var items = pin.At("media.items").EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        (items[0].Text("itemType"), items[0].Text("title"), items[0].Text("description"), items[0].Text("link"))
            .ShouldBe(("image", "First", "The first image", "https://example.com/1"));
        (items[1].Text("title"), items[1].Text("description"), items[1].Text("link")).ShouldBe((null, null, null));
        items.ShouldAllBe(i => i.GetProperty("coverImageUrl").ValueKind == JsonValueKind.Null
            && i.GetProperty("videoUrl").ValueKind == JsonValueKind.Null && i.GetProperty("duration").ValueKind == JsonValueKind.Null);
        Sizes(items[0]).ShouldBe(["150x150", "400x300", "600x", "1200x", "originals"], ignoreOrder: true);
        Url(items[0], "600x").ShouldNotBe(Url(items[1], "600x"));

        // The carousel's own images and image(size) are its first item's.
        Sizes(pin.GetProperty("media")).ShouldBe(Sizes(items[0]), ignoreOrder: true);
        Url(pin.GetProperty("media"), "600x").ShouldBe(Url(items[0], "600x"));
        pin.At("image.url").GetString().ShouldBe(Url(items[0], "600x"));
        pin.At("image.width").GetInt32().ShouldBe(600);
    }

    [Fact]
    public async Task A_video_pin_reads_back_its_video_and_cover_and_finishes_the_upload()
    {
        var registered = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "mutation { registerMediaUpload(input: { mediaType: \"video\" }) { upload { mediaId } errors { __typename } } }");
        registered.ShouldHaveNoErrors();
        var mediaId = registered.At("data.registerMediaUpload.upload.mediaId").GetString()!;

        var pinId = await CreateAsync(new { videoId = new { mediaId, coverImageKeyFrameTime = 3 } });

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            { pin(id: "{{pinId}}") {
                image(size: SIZE_150X150) { url width height }
                original: image(size: ORIGINAL) { url }
                media { __typename images { size url } ... on VideoPinMedia { coverImageUrl videoUrl duration width height } }
              }
              mediaUpload(mediaId: "{{mediaId}}") { status } }
            """);

        body.ShouldHaveNoErrors();
        var media = body.At("data.pin.media");
        media.Text("__typename").ShouldBe("VideoPinMedia");
        media.Text("videoUrl")!.ShouldEndWith($"/sandbox/pinterest/media/uploads/{mediaId}");
        media.GetProperty("duration").GetDouble().ShouldBe(12); // the sandbox's 12000 ms, in seconds
        (media.GetProperty("width").GetInt32(), media.GetProperty("height").GetInt32()).ShouldBe((1000, 1500));
        media.Text("coverImageUrl")!.ShouldContain("/sandbox/pinterest/media/img/1000x1500/");
        Sizes(media).ShouldContain("150x150");
        body.At("data.pin.image.url").GetString().ShouldBe(Url(media, "150x150"));
        body.At("data.pin.image.width").GetInt32().ShouldBe(150);
        body.At("data.pin.original.url").GetString().ShouldBe(media.Text("coverImageUrl"));
        body.At("data.mediaUpload.status").GetString().ShouldBe("succeeded");
    }

    private async Task<string> CreateAsync(object mediaSource)
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new
        {
            input = new { boardId = GlobalIds.Of("Board", HomeOffice), title = "Media pin", mediaSource },
        });
        created.ShouldHaveNoErrors();
        created.At("data.createPin.errors").GetArrayLength().ShouldBe(0, created.ToString());
        return created.At("data.createPin.pin.pinterestId").GetString()!;
    }

    private static List<string?> Sizes(JsonElement withImages) =>
        withImages.GetProperty("images").EnumerateArray().Select(i => i.Text("size")).ToList();

    private static string? Url(JsonElement withImages, string size) =>
        withImages.GetProperty("images").EnumerateArray().Single(i => i.Text("size") == size).Text("url");
}
