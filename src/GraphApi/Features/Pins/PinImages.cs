using GraphApi.Pinterest.Pins;

namespace GraphApi.Features.Pins;

/// <summary>The images of any media type: a carousel's first item, a video's cover.</summary>
public static class PinImages
{
    public static IReadOnlyDictionary<string, ImageDetails>? Of(PinMedia? media) => media switch
    {
        PinImageMedia image => image.Images,
        PinVideoMedia video => video.Images,
        PinMultipleImagesMedia { Items: [var first, ..] } => first.Images,
        PinMultipleVideosMedia { Items: [var first, ..] } => first.Images,
        PinMultipleMixedMedia { Items: [var first, ..] } => first.Images,
        _ => null,
    };

    public static IReadOnlyList<PinImage> All(IReadOnlyDictionary<string, ImageDetails>? images) =>
        images?.Select(i => new PinImage(i.Key, i.Value.Url, i.Value.Width, i.Value.Height)).ToList() ?? [];

    public static PinImage? Sized(PinMedia? media, string size)
    {
        if (Of(media) is { } images && images.TryGetValue(size, out var image))
        {
            return new PinImage(size, image.Url, image.Width, image.Height);
        }

        // A video without rendered sizes still has a cover.
        return media is PinVideoMedia { CoverImageUrl: { } cover } ? new PinImage(size, cover, null, null) : null;
    }
}
