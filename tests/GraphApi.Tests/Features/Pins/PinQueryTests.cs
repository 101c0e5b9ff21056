using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Pins;

/// <summary>Pins by id: media, image sizes, board and analytics.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class PinQueryTests(PinterestSandboxFixture fixture)
{
    private const string TravelBoard = "91000000000000002";

    [Fact]
    public async Task A_pin_has_media_every_image_size_its_board_and_analytics()
    {
        var pinId = await FirstPinIdAsync();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            { pin(id: "{{pinId}}") {
                id pinterestId title description link altText dominantColor creativeType createdAt isOwner
                small: image(size: SIZE_150X150) { url width height }
                image { url }
                original: image(size: ORIGINAL) { url }
                media { __typename images { size url } }
                board { pinterestId }
                analytics(metricTypes: [IMPRESSION, SAVE]) { summary { metric value } daily { date metrics { metric value } } }
            } }
            """);

        body.ShouldHaveNoErrors();
        var pin = body.At("data.pin");
        pin.GetProperty("pinterestId").GetString().ShouldBe(pinId);
        pin.At("small.width").GetInt32().ShouldBe(150);
        pin.At("image.url").GetString()!.ShouldContain("/sandbox/pinterest/media/img/");
        pin.At("media.__typename").GetString().ShouldBe("ImagePinMedia");
        pin.At("media.images").EnumerateArray().Select(i => i.GetProperty("size").GetString()).ShouldContain("1200x");
        pin.At("board.pinterestId").GetString().ShouldBe(TravelBoard);
        pin.At("analytics.summary").EnumerateArray().Select(m => m.GetProperty("metric").GetString()).ShouldBe(["IMPRESSION", "SAVE"], ignoreOrder: true);
        pin.At("analytics.daily").GetArrayLength().ShouldBeGreaterThan(0);
    }

    private async Task<string> FirstPinIdAsync()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{TravelBoard}}") { pins(first: 1) { nodes { pinterestId } } } }""");
        return body.At("data.board.pins.nodes")[0].GetProperty("pinterestId").GetString()!;
    }
}
