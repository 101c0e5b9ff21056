namespace GraphApi.Features.Pins;

/// <summary>Exactly one of these is set (a oneOf by convention: checked in <see cref="PinMediaSourceMapper"/>).</summary>
public sealed class PinMediaSourceInput
{
    public ImageUrlSourceInput? ImageUrl { get; set; }

    public ImageBase64SourceInput? ImageBase64 { get; set; }

    public MultipleImageUrlsSourceInput? MultipleImageUrls { get; set; }

    public MultipleImageBase64SourceInput? MultipleImageBase64 { get; set; }

    public VideoIdSourceInput? VideoId { get; set; }

    public PinUrlSourceInput? PinUrl { get; set; }
}

public sealed class ImageUrlSourceInput
{
    public string Url { get; set; } = "";
}

public sealed class ImageBase64SourceInput
{
    public string ContentType { get; set; } = "";

    public string Data { get; set; } = "";
}

public sealed class CarouselImageUrlInput
{
    public string Url { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }
}

public sealed class CarouselImageBase64Input
{
    public string ContentType { get; set; } = "";

    public string Data { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }
}

public sealed class MultipleImageUrlsSourceInput
{
    public List<CarouselImageUrlInput> Items { get; set; } = [];
}

public sealed class MultipleImageBase64SourceInput
{
    public List<CarouselImageBase64Input> Items { get; set; } = [];
}

public sealed class VideoIdSourceInput
{
    public string MediaId { get; set; } = "";

    public string? CoverImageUrl { get; set; }

    public int? CoverImageKeyFrameTime { get; set; }
}

public sealed class PinUrlSourceInput
{
    public bool? IsAffiliateLink { get; set; }
}
