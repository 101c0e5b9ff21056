using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Pins;

/// <summary>PATCH/DELETE /v5/pins/{pin_id}; moving a pin is checked like creating one on the target board.</summary>
internal static class PinWrites
{
    public static async Task<IResult> UpdateAsync(string pinId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await PinAccess.WritableAsync(api, pinId, cancellationToken);
        if (loaded.Value is not { } pin)
        {
            return loaded.Error!;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        try
        {
            if (TextProblem(body) is { } problem)
            {
                return SandboxErrors.InvalidParameters(problem);
            }

            // PinUpdate: board_id is not nullable (a pin always has a board); the text fields and board_section_id are, and null clears them.
            if (body.Has("board_id") && body["board_id"] is null)
            {
                return SandboxErrors.InvalidParameters("board_id cannot be null.");
            }

            var boardId = body.String("board_id") ?? pin.BoardId;
            var sectionId = body.Has("board_section_id") ? body.String("board_section_id") : boardId == pin.BoardId ? pin.SectionId : null;
            if ((boardId != pin.BoardId || sectionId != pin.SectionId)
                && await PinAccess.CheckTargetAsync(api, boardId, sectionId, cancellationToken) is { } targetError)
            {
                return targetError;
            }

            pin.BoardId = boardId;
            pin.SectionId = sectionId;
            pin.Title = body.Has("title") ? body.String("title") : pin.Title;
            pin.Description = body.Has("description") ? body.String("description") : pin.Description;
            pin.Link = body.Has("link") ? body.String("link") : pin.Link;
            pin.AltText = body.Has("alt_text") ? body.String("alt_text") : pin.AltText;
        }
        catch (FormatException ex)
        {
            return SandboxErrors.InvalidParameters(ex.Message);
        }

        await TouchBoardAsync(api, pin.BoardId, cancellationToken);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(await PinMapper.ToResponseAsync(api, pin, api.Root(request), cancellationToken));
    }

    public static async Task<IResult> DeleteAsync(string pinId, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await PinAccess.WritableAsync(api, pinId, cancellationToken);
        if (loaded.Value is not { } pin)
        {
            return loaded.Error!;
        }

        api.Db.Pins.Remove(pin);
        await TouchBoardAsync(api, pin.BoardId, cancellationToken);
        await api.Db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    public static async Task TouchBoardAsync(ApiContext api, string boardId, CancellationToken cancellationToken)
    {
        if (await api.Db.Boards.FindAsync([boardId], cancellationToken) is { } board)
        {
            board.PinsModifiedAt = api.Now;
        }
    }

    public static string? TextProblem(JsonObject body) =>
        BodyFields.TooLong("title", body.String("title"), 100)
        ?? BodyFields.TooLong("description", body.String("description"), 800)
        ?? BodyFields.TooLong("link", body.String("link"), 2048)
        ?? BodyFields.TooLong("alt_text", body.String("alt_text"), 500);
}
