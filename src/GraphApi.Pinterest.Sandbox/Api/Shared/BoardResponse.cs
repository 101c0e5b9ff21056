namespace GraphApi.Pinterest.Sandbox.Api.Shared;

internal sealed record BoardOwnerResponse(string Username);

internal sealed record BoardMediaResponse(string? ImageCoverUrl, IReadOnlyList<string> PinThumbnailUrls);

/// <summary>The spec's <c>Board</c>.</summary>
internal sealed record BoardResponse(
    string Id,
    string Name,
    string? Description,
    BoardOwnerResponse Owner,
    string Privacy,
    bool IsAdsOnly,
    DateTime CreatedAt,
    DateTime BoardPinsModifiedAt,
    int CollaboratorCount,
    int FollowerCount,
    int PinCount,
    BoardMediaResponse Media);
