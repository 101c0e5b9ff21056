using System.Text.Json.Serialization;
using GraphApi.Pinterest;
using GraphApi.Schema.Uploads;
using GraphQL.Types;

namespace GraphApi.Features.Pins;

/// <summary>Exactly one of these is set (a oneOf by convention: checked in <see cref="PinMediaSourceMapper"/>).</summary>
public sealed class PinMediaSourceInput
{
    public ImageUrlSourceInput? ImageUrl { get; set; }

    public ImageBase64SourceInput? ImageBase64 { get; set; }

    // Left out of JSON when unset, so the idempotency fingerprint of every other source is what it was before uploads.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImageUploadSourceInput? ImageUpload { get; set; }

    public MultipleImageUrlsSourceInput? MultipleImageUrls { get; set; }

    public MultipleImageBase64SourceInput? MultipleImageBase64 { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MultipleImageUploadsSourceInput? MultipleImageUploads { get; set; }

    public VideoIdSourceInput? VideoId { get; set; }

    public PinUrlSourceInput? PinUrl { get; set; }
}

public sealed class PinMediaSourceInputType : InputObjectGraphType<PinMediaSourceInput>
{
    public PinMediaSourceInputType()
    {
        Name = "PinMediaSourceInput";
        Description = "Where the pin's media comes from: set exactly one field.";
        Field<ImageUrlMediaSourceInputType>("imageUrl").Description("An image Pinterest downloads from a URL.");
        Field<ImageBase64MediaSourceInputType>("imageBase64").Description("An image sent inline, base64-encoded.");
        Field<ImageUploadMediaSourceInputType>("imageUpload").Description("An image file sent with the request (GraphQL multipart request spec).");
        Field<MultipleImageUrlsMediaSourceInputType>("multipleImageUrls").Description($"A carousel of {PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} images by URL.");
        Field<MultipleImageBase64MediaSourceInputType>("multipleImageBase64").Description($"A carousel of {PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} inline images.");
        Field<MultipleImageUploadsMediaSourceInputType>("multipleImageUploads").Description($"A carousel of {PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} image files sent with the request.");
        Field<VideoIdMediaSourceInputType>("videoId").Description("A video uploaded through registerMediaUpload.");
        Field<PinUrlMediaSourceInputType>("pinUrl").Description("Pinterest builds the pin from the page at `link`.");
    }
}

public sealed class ImageUrlSourceInput
{
    public string Url { get; set; } = "";
}

public sealed class ImageUrlMediaSourceInputType : InputObjectGraphType<ImageUrlSourceInput>
{
    public ImageUrlMediaSourceInputType()
    {
        Name = "ImageUrlMediaSourceInput";
        Description = "An image by URL.";
        Field(s => s.Url).Description("An absolute http(s) URL of a JPEG or PNG image.");
    }
}

public sealed class ImageBase64SourceInput
{
    public string ContentType { get; set; } = "";

    public string Data { get; set; } = "";
}

public sealed class ImageBase64MediaSourceInputType : InputObjectGraphType<ImageBase64SourceInput>
{
    public ImageBase64MediaSourceInputType()
    {
        Name = "ImageBase64MediaSourceInput";
        Description = "An inline image.";
        Field(s => s.ContentType).Description("image/jpeg or image/png; must match the data.");
        Field(s => s.Data).Description("The image, base64-encoded (at most 10 MB decoded).");
    }
}

public sealed class CarouselImageUrlInput
{
    public string Url { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }
}

public sealed class CarouselImageUrlInputType : InputObjectGraphType<CarouselImageUrlInput>
{
    public CarouselImageUrlInputType()
    {
        Name = "CarouselImageUrlInput";
        Description = "One carousel image by URL, with optional per-item text.";
        Field(s => s.Url).Description("An absolute http(s) URL of a JPEG or PNG image.");
        Field(s => s.Title, nullable: true).Description("The item's title.");
        Field(s => s.Description, nullable: true).Description("The item's description.");
        Field(s => s.Link, nullable: true).Description("The item's link.");
    }
}

public sealed class CarouselImageBase64Input
{
    public string ContentType { get; set; } = "";

    public string Data { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }
}

public sealed class CarouselImageBase64InputType : InputObjectGraphType<CarouselImageBase64Input>
{
    public CarouselImageBase64InputType()
    {
        Name = "CarouselImageBase64Input";
        Description = "One inline carousel image, with optional per-item text.";
        Field(s => s.ContentType).Description("image/jpeg or image/png; must match the data.");
        Field(s => s.Data).Description("The image, base64-encoded (at most 10 MB decoded).");
        Field(s => s.Title, nullable: true).Description("The item's title.");
        Field(s => s.Description, nullable: true).Description("The item's description.");
        Field(s => s.Link, nullable: true).Description("The item's link.");
    }
}

public sealed class MultipleImageUrlsSourceInput
{
    public List<CarouselImageUrlInput> Items { get; set; } = [];
}

public sealed class MultipleImageUrlsMediaSourceInputType : InputObjectGraphType<MultipleImageUrlsSourceInput>
{
    public MultipleImageUrlsMediaSourceInputType()
    {
        Name = "MultipleImageUrlsMediaSourceInput";
        Description = "A carousel by URLs.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarouselImageUrlInputType>>>>("items").Description($"{PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} images.");
    }
}

public sealed class MultipleImageBase64SourceInput
{
    public List<CarouselImageBase64Input> Items { get; set; } = [];
}

public sealed class MultipleImageBase64MediaSourceInputType : InputObjectGraphType<MultipleImageBase64SourceInput>
{
    public MultipleImageBase64MediaSourceInputType()
    {
        Name = "MultipleImageBase64MediaSourceInput";
        Description = "A carousel of inline images.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarouselImageBase64InputType>>>>("items").Description($"{PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} images.");
    }
}

public sealed class VideoIdSourceInput
{
    public string MediaId { get; set; } = "";

    public string? CoverImageUrl { get; set; }

    public int? CoverImageKeyFrameTime { get; set; }
}

public sealed class VideoIdMediaSourceInputType : InputObjectGraphType<VideoIdSourceInput>
{
    public VideoIdMediaSourceInputType()
    {
        Name = "VideoIdMediaSourceInput";
        Description = "A video uploaded earlier.";
        Field(s => s.MediaId).Description("The media ID from registerMediaUpload, once its status is succeeded.");
        Field(s => s.CoverImageUrl, nullable: true).Description("A cover image URL.");
        Field(s => s.CoverImageKeyFrameTime, nullable: true).Description("Or: the second of the video to use as cover.");
    }
}

public sealed class PinUrlSourceInput
{
    public bool? IsAffiliateLink { get; set; }
}

public sealed class PinUrlMediaSourceInputType : InputObjectGraphType<PinUrlSourceInput>
{
    public PinUrlMediaSourceInputType()
    {
        Name = "PinUrlMediaSourceInput";
        Description = "Let Pinterest build the pin from the page at the pin's `link`.";
        Field(s => s.IsAffiliateLink, nullable: true).Description("Whether the link is an affiliate link.");
    }
}

public sealed class ImageUploadSourceInput
{
    public UploadedFile? File { get; set; }
}

public sealed class ImageUploadMediaSourceInputType : InputObjectGraphType<ImageUploadSourceInput>
{
    public ImageUploadMediaSourceInputType()
    {
        Name = "ImageUploadMediaSourceInput";
        Description = "An image file uploaded with the request; sent to Pinterest inline (image_base64).";
        Field<NonNullGraphType<UploadGraphType>>("file").Description(
            $"A JPEG or PNG file, at most {PinterestLimits.PinImageMaxBytes / (1024 * 1024)} MiB. Its type is read from its first bytes; a declared Content-Type must agree.");
    }
}

public sealed class CarouselImageUploadInput
{
    public UploadedFile? File { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }
}

public sealed class CarouselImageUploadInputType : InputObjectGraphType<CarouselImageUploadInput>
{
    public CarouselImageUploadInputType()
    {
        Name = "CarouselImageUploadInput";
        Description = "One uploaded carousel image, with optional per-item text.";
        Field<NonNullGraphType<UploadGraphType>>("file").Description($"A JPEG or PNG file, at most {PinterestLimits.PinImageMaxBytes / (1024 * 1024)} MiB.");
        Field(s => s.Title, nullable: true).Description("The item's title.");
        Field(s => s.Description, nullable: true).Description("The item's description.");
        Field(s => s.Link, nullable: true).Description("The item's link.");
    }
}

public sealed class MultipleImageUploadsSourceInput
{
    public List<CarouselImageUploadInput> Items { get; set; } = [];
}

public sealed class MultipleImageUploadsMediaSourceInputType : InputObjectGraphType<MultipleImageUploadsSourceInput>
{
    public MultipleImageUploadsMediaSourceInputType()
    {
        Name = "MultipleImageUploadsMediaSourceInput";
        Description = "A carousel of uploaded image files.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarouselImageUploadInputType>>>>("items").Description($"{PinterestLimits.CarouselMinItems}–{PinterestLimits.CarouselMaxItems} images.");
    }
}
