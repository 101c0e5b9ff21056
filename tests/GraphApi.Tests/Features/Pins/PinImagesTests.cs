using GraphApi.Features.Pins;
using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Mutations;

namespace GraphApi.Tests.Features.Pins;

/// <summary>Media shapes the sandbox does not produce (a video without rendered sizes) and limits too big to send over HTTP.</summary>
public sealed class PinImagesTests
{
    private static readonly Dictionary<string, ImageDetails> Sizes = new() { ["150x150"] = new() { Url = "https://i.example/150.jpg", Width = 150, Height = 150 } };

    [Fact]
    public void A_carousel_answers_with_its_first_item() =>
        PinImages.Sized(new PinMultipleImagesMedia { Items = [new PinMediaItem { Images = Sizes }, new PinMediaItem()] }, "150x150")!.Url.ShouldBe("https://i.example/150.jpg");

    [Fact]
    public void A_video_answers_with_its_cover_when_no_size_was_rendered() =>
        PinImages.Sized(new PinVideoMedia { CoverImageUrl = "https://i.example/cover.jpg" }, "600x")!.Url.ShouldBe("https://i.example/cover.jpg");

    [Fact]
    public void A_missing_size_is_null() =>
        PinImages.Sized(new PinImageMedia { Images = Sizes }, "1200x").ShouldBeNull();

    [Fact]
    public void Base64_over_ten_megabytes_is_refused_with_the_limit()
    {
        var checks = new InputChecks();

        Base64Image.Check("mediaSource.imageBase64", "image/png", new string('A', 14_000_000), checks);

        var error = checks.Errors.ShouldHaveSingleItem().ShouldBeOfType<InvalidInputError>();
        error.Field.ShouldBe("mediaSource.imageBase64.data");
        error.Message.ShouldContain("over 10 MB");
    }
}
