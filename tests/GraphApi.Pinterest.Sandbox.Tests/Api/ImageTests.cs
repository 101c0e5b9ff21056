using System.Net;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

public sealed class ImageTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Pin_images_are_served_by_the_sandbox_as_cacheable_pngs_in_the_dominant_colour()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var pin = await client.GetJsonAsync($"v5/pins/{SeedIds.DinnerPin}");
        var image = pin["media"]!["images"]!["400x300"]!;
        var url = new Uri(image["url"]!.GetValue<string>());
        var color = pin["dominant_color"]!.GetValue<string>();

        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        pin["media"]!["media_type"]!.GetValue<string>().ShouldBe("image");
        url.AbsolutePath.ShouldStartWith(SandboxHost.PathBase + "/media/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        response.Headers.ETag.ShouldNotBeNull();
        bytes[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        ReadInt(bytes, 16).ShouldBe(400);
        ReadInt(bytes, 20).ShouldBe(300);
        url.AbsolutePath.ShouldEndWith(color.TrimStart('#') + ".png");
    }

    [Fact]
    public async Task The_png_decodes_to_the_requested_colour()
    {
        using var client = fixture.Host.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri("media/img/3x2/336699.png", UriKind.Relative));
        var pixels = PngReader.DecodeRgb(bytes);

        pixels.Width.ShouldBe(3);
        pixels.Height.ShouldBe(2);
        pixels.Rgb[0].ShouldBe((byte)0x33);
        pixels.Rgb[1].ShouldBe((byte)0x66);
        pixels.Rgb[2].ShouldBe((byte)0x99);
    }

    [Theory]
    [InlineData("media/img/0x10/336699.png")]
    [InlineData("media/img/5000x10/336699.png")]
    [InlineData("media/img/10x10/33669Z.png")]
    public async Task Nonsense_image_urls_are_404(string url)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static int ReadInt(byte[] bytes, int offset) => (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
