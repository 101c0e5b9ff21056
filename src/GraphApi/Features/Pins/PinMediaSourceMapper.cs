using GraphApi.Pinterest;
using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.Pins;

/// <summary>
/// A checked media source, ready to send: uploaded files stay in their temp files until the call is made (and a replayed
/// idempotent create never reads them).
/// </summary>
public sealed class CheckedMediaSource
{
    private readonly Func<CancellationToken, Task<PinMediaSource>> _build;

    private CheckedMediaSource(Func<CancellationToken, Task<PinMediaSource>> build) => _build = build;

    public static CheckedMediaSource Ready(PinMediaSource source) => new(_ => Task.FromResult(source));

    public static CheckedMediaSource Later(Func<CancellationToken, Task<PinMediaSource>> build) => new(build);

    public Task<PinMediaSource> BuildAsync(CancellationToken cancellationToken) => _build(cancellationToken);
}

/// <summary>Checks the media source input (exactly one, URLs, base64 and upload size and type, 2–5 carousel items) and maps it.</summary>
public static class PinMediaSourceMapper
{
    public const int MaxImageBytes = PinterestLimits.PinImageMaxBytes;
    private const string Field = "mediaSource";

    public static CheckedMediaSource? Map(PinMediaSourceInput source, InputChecks checks)
    {
        var set = new (string Name, object? Value)[]
        {
            ("imageUrl", source.ImageUrl), ("imageBase64", source.ImageBase64), ("imageUpload", source.ImageUpload),
            ("multipleImageUrls", source.MultipleImageUrls), ("multipleImageBase64", source.MultipleImageBase64),
            ("multipleImageUploads", source.MultipleImageUploads), ("videoId", source.VideoId), ("pinUrl", source.PinUrl),
        }.Where(s => s.Value is not null).ToList();
        if (set.Count != 1)
        {
            checks.Fail(Field, set.Count == 0
                ? "`mediaSource` needs exactly one of imageUrl, imageBase64, imageUpload, multipleImageUrls, multipleImageBase64, multipleImageUploads, videoId, pinUrl; none is set."
                : $"`mediaSource` needs exactly one source; {string.Join(" and ", set.Select(s => s.Name))} are set.");
            return null;
        }

        switch (set[0].Value)
        {
            case ImageUploadSourceInput upload:
                var type = UploadedImage.Check($"{Field}.imageUpload.file", upload.File, checks);
                return type is null ? null : CheckedMediaSource.Later(async cancellationToken =>
                    new PinImageBase64Source { ContentType = type, Data = await UploadedImage.Base64Async(upload.File!, cancellationToken) });
            case MultipleImageUploadsSourceInput uploads:
                return MapUploads(uploads, checks);
            default:
                return MapInline(set[0].Value, checks) is { } inline ? CheckedMediaSource.Ready(inline) : null;
        }
    }

    private static CheckedMediaSource? MapUploads(MultipleImageUploadsSourceInput uploads, InputChecks checks)
    {
        CarouselCount($"{Field}.multipleImageUploads.items", uploads.Items.Count, checks);
        var types = new string?[uploads.Items.Count];
        for (var i = 0; i < uploads.Items.Count; i++)
        {
            types[i] = UploadedImage.Check($"{Field}.multipleImageUploads.items[{i}].file", uploads.Items[i].File, checks);
        }

        return CheckedMediaSource.Later(async cancellationToken =>
        {
            var items = new List<PinImageBase64Item>(uploads.Items.Count);
            for (var i = 0; i < uploads.Items.Count; i++)
            {
                var item = uploads.Items[i];
                items.Add(new PinImageBase64Item
                {
                    ContentType = types[i]!,
                    Data = await UploadedImage.Base64Async(item.File!, cancellationToken),
                    Title = item.Title,
                    Description = item.Description,
                    Link = item.Link,
                });
            }

            return new PinMultipleImageBase64Source { Items = items };
        });
    }

    private static PinMediaSource? MapInline(object? value, InputChecks checks)
    {
        switch (value)
        {
            case ImageUrlSourceInput url:
                checks.HttpUrl($"{Field}.imageUrl.url", url.Url);
                return new PinImageUrlSource { Url = url.Url };
            case ImageBase64SourceInput inline:
                Base64Image.Check($"{Field}.imageBase64", inline.ContentType, inline.Data, checks);
                return new PinImageBase64Source { ContentType = inline.ContentType, Data = inline.Data };
            case MultipleImageUrlsSourceInput urls:
                CarouselCount($"{Field}.multipleImageUrls.items", urls.Items.Count, checks);
                for (var i = 0; i < urls.Items.Count; i++)
                {
                    checks.HttpUrl($"{Field}.multipleImageUrls.items[{i}].url", urls.Items[i].Url);
                }

                return new PinMultipleImageUrlsSource
                {
                    Items = urls.Items.Select(i => new PinImageUrlItem { Url = i.Url, Title = i.Title, Description = i.Description, Link = i.Link }).ToList(),
                };
            case MultipleImageBase64SourceInput inlines:
                CarouselCount($"{Field}.multipleImageBase64.items", inlines.Items.Count, checks);
                for (var i = 0; i < inlines.Items.Count; i++)
                {
                    Base64Image.Check($"{Field}.multipleImageBase64.items[{i}]", inlines.Items[i].ContentType, inlines.Items[i].Data, checks);
                }

                return new PinMultipleImageBase64Source
                {
                    Items = inlines.Items.Select(i => new PinImageBase64Item { ContentType = i.ContentType, Data = i.Data, Title = i.Title, Description = i.Description, Link = i.Link }).ToList(),
                };
            case VideoIdSourceInput video:
                checks.Id($"{Field}.videoId.mediaId", video.MediaId).HttpUrl($"{Field}.videoId.coverImageUrl", video.CoverImageUrl);
                if (video.CoverImageUrl is null && video.CoverImageKeyFrameTime is null)
                {
                    checks.Fail($"{Field}.videoId", "A video pin needs a cover: set coverImageUrl or coverImageKeyFrameTime.");
                }

                return new PinVideoIdSource { MediaId = video.MediaId, CoverImageUrl = video.CoverImageUrl, CoverImageKeyFrameTime = video.CoverImageKeyFrameTime };
            case PinUrlSourceInput pinUrl:
                return new PinUrlSource { IsAffiliateLink = pinUrl.IsAffiliateLink };
            default:
                return null;
        }
    }

    private static void CarouselCount(string field, int count, InputChecks checks)
    {
        if (count is < PinterestLimits.CarouselMinItems or > PinterestLimits.CarouselMaxItems)
        {
            checks.Fail(field, $"A carousel takes {PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} images, not {count}.");
        }
    }
}
