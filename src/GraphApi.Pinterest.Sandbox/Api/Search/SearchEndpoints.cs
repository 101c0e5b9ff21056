using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Images;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.Search;

/// <summary>Case-insensitive substring search over the caller's boards and pins, and over everyone's public pins (partner search).</summary>
internal static class SearchEndpoints
{
    public static void MapSearch(this RouteGroupBuilder v5)
    {
        v5.MapGet("/search/boards", BoardsAsync).Operation("search_user_boards/get", BoardsRead, BoardsReadSecret);
        v5.MapGet("/search/pins", PinsAsync).Operation("search_user_pins/list", BoardsRead, BoardsReadSecret, PinsRead, PinsReadSecret);
        v5.MapGet("/search/partner/pins", PartnerPinsAsync).Operation("search_partner_pins", BoardsRead, PinsRead);
    }

    private static async Task<IResult> BoardsAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var me = api.Caller.UserId;
        var boards = api.Db.Boards.Where(b => b.OwnerId == me);
        if (Like(request.Query["query"].ToString()) is { } pattern)
        {
            boards = boards.Where(b => EF.Functions.Like(b.Name, pattern) || EF.Functions.Like(b.Description ?? string.Empty, pattern));
        }

        var page = await Page<BoardEntity>.FromQueryAsync(boards.OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id), pageRequest, cancellationToken);
        var items = await BoardMapper.ToResponsesAsync(api.Db, page.Items, api.Root(request), cancellationToken);
        return SandboxJson.Ok(new Page<BoardResponse>(items, page.Bookmark));
    }

    private static async Task<IResult> PinsAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (Like(request.Query["query"].ToString()) is not { } pattern)
        {
            return SandboxErrors.InvalidParameters("query is required.");
        }

        var me = api.Caller.UserId;
        var pins = api.Db.Pins.Where(p => p.OwnerId == me
            && (EF.Functions.Like(p.Title ?? string.Empty, pattern) || EF.Functions.Like(p.Description ?? string.Empty, pattern)));
        return await PinMapper.PageAsync(api, request, pins, cancellationToken);
    }

    private static async Task<IResult> PartnerPinsAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var term = request.Query["term"].ToString();
        if (Like(term) is not { } pattern || string.IsNullOrWhiteSpace(request.Query["country_code"].ToString()))
        {
            return SandboxErrors.InvalidParameters("term and country_code are required.");
        }

        // This operation pages with "limit" (1..50, default 10) instead of page_size.
        if (!PageRequest.TryParse(request, out var pageRequest, out var error, sizeParameter: "limit"))
        {
            return error!;
        }

        if (request.Query["limit"].Count == 0)
        {
            pageRequest = pageRequest with { PageSize = 10 };
        }
        else if (pageRequest.PageSize > 50)
        {
            return SandboxErrors.InvalidParameters("limit must be between 1 and 50.");
        }

        var publicBoards = api.Db.Boards.Where(b => b.Privacy == "PUBLIC").Select(b => b.Id);
        var pins = api.Db.Pins.Where(p => publicBoards.Contains(p.BoardId)
            && (EF.Functions.Like(p.Title ?? string.Empty, pattern) || EF.Functions.Like(p.Description ?? string.Empty, pattern)));
        var page = await Page<PinEntity>.FromQueryAsync(pins.Newest(), pageRequest, cancellationToken);
        var root = api.Root(request);
        return SandboxJson.Ok(page.Map(p => new SummaryPinResponse(
            p.Id, p.Title, p.Description, p.Link, p.AltText, new PinMediaResponse("image", PinImageUrls.For(root, p.DominantColor, p.Width, p.Height)))));
    }

    private static string? Like(string query) =>
        string.IsNullOrWhiteSpace(query) ? null : "%" + query.Trim().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal) + "%";
}

/// <summary>The spec's <c>SummaryPin</c>.</summary>
internal sealed record SummaryPinResponse(string Id, string? Title, string? Description, string? Link, string? AltText, PinMediaResponse Media);
