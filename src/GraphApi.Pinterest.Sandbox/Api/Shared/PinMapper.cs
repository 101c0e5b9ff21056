using GraphApi.Pinterest.Sandbox.Api.Analytics;
using GraphApi.Pinterest.Sandbox.Api.Pins;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Images;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

/// <summary>Turns pin rows into <c>Pin</c> bodies: board owner, image variants and, on request, <c>pin_metrics</c>.</summary>
internal static class PinMapper
{
    public static async Task<IReadOnlyList<PinResponse>> ToResponsesAsync(
        ApiContext api, IReadOnlyList<PinEntity> pins, string root, bool withMetrics, CancellationToken cancellationToken)
    {
        var boardIds = pins.Select(p => p.BoardId).Distinct().ToList();
        var boardOwners = await api.Db.Boards.Where(b => boardIds.Contains(b.Id))
            .Join(api.Db.Users, b => b.OwnerId, u => u.Id, (b, u) => new { b.Id, u.Username })
            .ToDictionaryAsync(x => x.Id, x => x.Username, cancellationToken);
        var today = api.Today;
        return pins.Select(pin => new PinResponse(
            pin.Id,
            pin.CreatedAt,
            pin.Link,
            pin.Title,
            pin.Description,
            pin.AltText,
            pin.DominantColor,
            pin.BoardId,
            pin.SectionId,
            new BoardOwnerResponse(boardOwners.GetValueOrDefault(pin.BoardId, string.Empty)),
            pin.ParentPinId,
            pin.OwnerId == api.Caller.UserId,
            IsStandard: true,
            pin.HasBeenPromoted,
            "REGULAR",
            Media(pin, root),
            withMetrics ? MetricsGenerator.PinMetrics(pin.Id, today) : null)).ToList();
    }

    /// <summary>Fixed video length (ms): the sandbox stores no real video to measure.</summary>
    public const double VideoDurationMs = 12000;

    private static PinMediaResponse Media(PinEntity pin, string root) => pin.MediaType switch
    {
        "multiple_images" => new("multiple_images", Items: PinMediaSources.Items(pin)
            .Select(i => new PinMediaItemResponse("image", PinImageUrls.For(root, i.Color, pin.Width, pin.Height), i.Title, i.Description, i.Link))
            .ToList()),
        "video" => new(
            "video",
            PinImageUrls.For(root, pin.DominantColor, pin.Width, pin.Height),
            CoverImageUrl: PinImageUrls.For(root, pin.DominantColor, pin.Width, pin.Height)["originals"].Url,
            VideoUrl: $"{root}/media/uploads/{pin.VideoMediaId}",
            Duration: VideoDurationMs,
            Height: pin.Height,
            Width: pin.Width),
        _ => new("image", PinImageUrls.For(root, pin.DominantColor, pin.Width, pin.Height)),
    };

    public static async Task<PinResponse> ToResponseAsync(ApiContext api, PinEntity pin, string root, CancellationToken cancellationToken) =>
        (await ToResponsesAsync(api, [pin], root, withMetrics: false, cancellationToken))[0];

    public static bool WantsMetrics(HttpRequest request) =>
        string.Equals(request.Query["pin_metrics"].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    public static IQueryable<PinEntity> Newest(this IQueryable<PinEntity> pins) =>
        pins.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id);

    public static Task<IResult> PageAsync(ApiContext api, HttpRequest request, IQueryable<PinEntity> query, CancellationToken cancellationToken) =>
        PageAsync(api, request, query, WantsMetrics(request), cancellationToken);

    private static async Task<IResult> PageAsync(ApiContext api, HttpRequest request, IQueryable<PinEntity> query, bool withMetrics, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var page = await Page<PinEntity>.FromQueryAsync(query.Newest(), pageRequest, cancellationToken);
        var items = await ToResponsesAsync(api, page.Items, api.Root(request), withMetrics, cancellationToken);
        return SandboxJson.Ok(new Page<PinResponse>(items, page.Bookmark));
    }
}
