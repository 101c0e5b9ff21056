using GraphApi.Pinterest.Sandbox.Images;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

internal sealed record PinMediaResponse(string MediaType, IReadOnlyDictionary<string, ImageDetails> Images);

/// <summary>The spec's <c>Pin</c> (image pins only: the sandbox seeds and creates no video pins).</summary>
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
