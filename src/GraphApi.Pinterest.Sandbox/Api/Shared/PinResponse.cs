using GraphApi.Pinterest.Sandbox.Images;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

/// <summary>
/// The spec's <c>PinMedia</c> variants in one shape (unset members are left out): <c>image</c> has images,
/// <c>multiple_images</c> has items, <c>video</c> has the cover sizes and the video fields.
/// </summary>
internal sealed record PinMediaResponse(
    string MediaType,
    IReadOnlyDictionary<string, ImageDetails>? Images = null,
    IReadOnlyList<PinMediaItemResponse>? Items = null,
    string? CoverImageUrl = null,
    string? VideoUrl = null,
    double? Duration = null,
    int? Height = null,
    int? Width = null);

/// <summary>The spec's <c>ImageMetadata</c>: one carousel image.</summary>
internal sealed record PinMediaItemResponse(
    string ItemType, IReadOnlyDictionary<string, ImageDetails> Images, string? Title, string? Description, string? Link);

/// <summary>The spec's <c>Pin</c>; the sandbox seeds only image pins but creates carousel and video pins.</summary>
internal sealed record PinResponse(
    string Id,
    DateTime CreatedAt,
    string? Link,
    string? Title,
    string? Description,
    string? AltText,
    string DominantColor,
    string BoardId,
    string? BoardSectionId,
    BoardOwnerResponse BoardOwner,
    string? ParentPinId,
    bool IsOwner,
    bool IsStandard,
    bool HasBeenPromoted,
    string CreativeType,
    PinMediaResponse Media,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>? PinMetrics);
