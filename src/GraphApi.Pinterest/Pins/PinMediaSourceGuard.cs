namespace GraphApi.Pinterest.Pins;

/// <summary>Checks what the schema can, before spending a write call on it.</summary>
internal static class PinMediaSourceGuard
{
    public static void Check(PinMediaSource? source)
    {
        switch (source)
        {
            case null:
                throw new ArgumentException("A Pin needs a media source.", nameof(source));
            case PinImageUrlSource url:
                ArgumentException.ThrowIfNullOrWhiteSpace(url.Url, nameof(source));
                break;
            case PinImageBase64Source inline:
                ArgumentException.ThrowIfNullOrWhiteSpace(inline.Data, nameof(source));
                break;
            case PinMultipleImageUrlsSource urls:
                CheckCount(urls.Items?.Count ?? 0, nameof(source));
                break;
            case PinMultipleImageBase64Source inlines:
                CheckCount(inlines.Items?.Count ?? 0, nameof(source));
                break;
            case PinVideoIdSource video:
                ArgumentException.ThrowIfNullOrWhiteSpace(video.MediaId, nameof(source));
                break;
        }
    }

    private static void CheckCount(int count, string paramName)
    {
        if (count is < PinterestLimits.CarouselMinItems or > PinterestLimits.CarouselMaxItems)
        {
            throw new ArgumentException($"A carousel takes {PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} images, not {count}.", paramName);
        }
    }
}
