using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

internal sealed record Loaded<T>(T? Value, IResult? Error)
    where T : class;

/// <summary>Loads a board for reading (404 code 40 when hidden) or writing (also 403 code 29 / code 3 for secret boards).</summary>
internal static class BoardAccess
{
    public static async Task<Loaded<BoardEntity>> ReadableAsync(ApiContext api, string boardId, CancellationToken cancellationToken)
    {
        var board = await api.Db.Boards.FindAsync([boardId], cancellationToken);
        return board is not null && Visibility.CanSeeBoard(api.Caller, board)
            ? new Loaded<BoardEntity>(board, null)
            : new Loaded<BoardEntity>(null, SandboxErrors.BoardNotFound());
    }

    public static async Task<Loaded<BoardEntity>> WritableAsync(ApiContext api, string boardId, string secretScope, CancellationToken cancellationToken)
    {
        var board = await api.Db.Boards.FindAsync([boardId], cancellationToken);
        if (board is null || (board.OwnerId != api.Caller.UserId && board.Privacy != SandboxPrivacy.Public))
        {
            return new Loaded<BoardEntity>(null, SandboxErrors.BoardNotFound());
        }

        if (board.OwnerId != api.Caller.UserId)
        {
            return new Loaded<BoardEntity>(null, SandboxErrors.NotPermitted());
        }

        return Visibility.NeedsSecretScope(board, api.Caller, secretScope)
            ? new Loaded<BoardEntity>(null, SandboxErrors.MissingScopes([secretScope]))
            : new Loaded<BoardEntity>(board, null);
    }
}
