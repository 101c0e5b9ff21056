using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.Boards;

/// <summary>/v5/boards: list, get, create, update, delete, and a board's pins (sections' pins included).</summary>
internal static class BoardEndpoints
{
    private static readonly string[] PrivacyFilters = ["ALL", "PUBLIC", "PROTECTED", "SECRET", "PUBLIC_AND_SECRET"];

    public static void MapBoards(this RouteGroupBuilder v5)
    {
        v5.MapGet("/boards", ListAsync).Operation("boards/list", BoardsRead);
        v5.MapPost("/boards", BoardWrites.CreateAsync).Operation("boards/create", BoardsRead, BoardsWrite);
        v5.MapGet("/boards/{boardId}", GetAsync).Operation("boards/get", BoardsRead);
        v5.MapPatch("/boards/{boardId}", BoardWrites.UpdateAsync).Operation("boards/update", BoardsRead, BoardsWrite);
        v5.MapDelete("/boards/{boardId}", BoardWrites.DeleteAsync).Operation("boards/delete", BoardsRead, BoardsWrite);
        v5.MapGet("/boards/{boardId}/pins", ListPinsAsync).Operation("boards/list_pins", BoardsRead, PinsRead);
    }

    // GET /v5/boards — secret boards are left out, not refused, without boards:read_secret.
    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var privacy = request.Query["privacy"].ToString();
        if (privacy.Length > 0 && !PrivacyFilters.Contains(privacy, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters($"privacy must be one of {string.Join(", ", PrivacyFilters)}.");
        }

        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var caller = api.Caller;
        var readSecret = caller.Has(BoardsReadSecret);
        var query = api.Db.Boards.Where(b => b.OwnerId == caller.UserId && (b.Privacy != SandboxPrivacy.Secret || readSecret));
        query = privacy switch
        {
            "PUBLIC" or "PROTECTED" or "SECRET" => query.Where(b => b.Privacy == privacy),
            "PUBLIC_AND_SECRET" => query.Where(b => b.Privacy != SandboxPrivacy.Protected),
            _ => query,
        };

        var page = await Page<BoardEntity>.FromQueryAsync(query.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id), pageRequest, cancellationToken);
        var items = await BoardMapper.ToResponsesAsync(api.Db, page.Items, api.Root(request), cancellationToken);
        return SandboxJson.Ok(new Page<BoardResponse>(items, page.Bookmark));
    }

    private static async Task<IResult> GetAsync(string boardId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.ReadableAsync(api, boardId, cancellationToken);
        return loaded.Value is { } board
            ? SandboxJson.Ok(await BoardMapper.ToResponseAsync(api.Db, board, api.Root(request), cancellationToken))
            : loaded.Error!;
    }

    // GET /v5/boards/{board_id}/pins — includes pins that sit in the board's sections.
    private static async Task<IResult> ListPinsAsync(string boardId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.ReadableAsync(api, boardId, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        var query = Visibility.CanSeePinsOf(api.Caller, board)
            ? api.Db.Pins.Where(p => p.BoardId == board.Id)
            : api.Db.Pins.Where(_ => false);
        return await PinMapper.PageAsync(api, request, query, cancellationToken);
    }
}
