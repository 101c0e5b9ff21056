using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Pins;

/// <summary>Loads a pin for reading (404 code 50 when hidden) or for changing (owner only; secret boards need pins:write_secret).</summary>
internal static class PinAccess
{
    public static async Task<Loaded<PinEntity>> ReadableAsync(ApiContext api, string pinId, CancellationToken cancellationToken)
    {
        var pin = await api.Db.Pins.FindAsync([pinId], cancellationToken);
        var board = pin is null ? null : await api.Db.Boards.FindAsync([pin.BoardId], cancellationToken);
        return pin is not null && board is not null && Visibility.CanSeePinsOf(api.Caller, board)
            ? new Loaded<PinEntity>(pin, null)
            : new Loaded<PinEntity>(null, SandboxErrors.PinNotFound());
    }

    public static async Task<Loaded<PinEntity>> WritableAsync(ApiContext api, string pinId, CancellationToken cancellationToken)
    {
        var readable = await ReadableAsync(api, pinId, cancellationToken);
        if (readable.Value is not { } pin)
        {
            return readable;
        }

        if (pin.OwnerId != api.Caller.UserId)
        {
            return new Loaded<PinEntity>(null, SandboxErrors.NotPermitted());
        }

        var board = await api.Db.Boards.FindAsync([pin.BoardId], cancellationToken);
        return board is not null && Visibility.NeedsSecretScope(board, api.Caller, SandboxScopes.PinsWriteSecret)
            ? new Loaded<PinEntity>(null, SandboxErrors.MissingScopes([SandboxScopes.PinsWriteSecret]))
            : new Loaded<PinEntity>(pin, null);
    }

    /// <summary>The board (and optional section) a pin is written to: owned, and secret only with pins:write_secret.</summary>
    public static async Task<IResult?> CheckTargetAsync(ApiContext api, string boardId, string? sectionId, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.WritableAsync(api, boardId, SandboxScopes.PinsWriteSecret, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error;
        }

        if (sectionId is not null)
        {
            var section = await api.Db.Sections.FindAsync([sectionId], cancellationToken);
            if (section is null || section.BoardId != board.Id)
            {
                return SandboxErrors.SectionNotFound();
            }
        }

        return null;
    }
}
