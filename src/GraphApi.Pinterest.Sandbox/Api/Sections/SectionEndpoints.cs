using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.Sections;

/// <summary>/v5/boards/{board_id}/sections. Writes on a secret board need boards:write_secret.</summary>
internal static class SectionEndpoints
{
    public static void MapSections(this RouteGroupBuilder v5)
    {
        v5.MapGet("/boards/{boardId}/sections", ListAsync).Operation("board_sections/list", BoardsRead);
        v5.MapPost("/boards/{boardId}/sections", CreateAsync).Operation("board_sections/create", BoardsRead, BoardsWrite);
        v5.MapPatch("/boards/{boardId}/sections/{sectionId}", UpdateAsync).Operation("board_sections/update", BoardsRead, BoardsWrite);
        v5.MapDelete("/boards/{boardId}/sections/{sectionId}", DeleteAsync).Operation("board_sections/delete", BoardsRead, BoardsWrite);
        v5.MapGet("/boards/{boardId}/sections/{sectionId}/pins", ListPinsAsync).Operation("board_sections/list_pins", BoardsRead, PinsRead);
    }

    private static async Task<IResult> ListAsync(string boardId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.ReadableAsync(api, boardId, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var query = api.Db.Sections.Where(s => s.BoardId == board.Id).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new SectionResponse(s.Id, s.Name));
        return SandboxJson.Ok(await Page<SectionResponse>.FromQueryAsync(query, pageRequest, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(string boardId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.WritableAsync(api, boardId, BoardsWriteSecret, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        if (await ReadNameAsync(request, cancellationToken) is not { } name)
        {
            return SandboxErrors.InvalidParameters("name is required and must be 1 to 180 characters.");
        }

        if (await api.Db.Sections.AnyAsync(s => s.BoardId == board.Id && s.Name == name, cancellationToken))
        {
            return SandboxErrors.Conflict("Board section conflict: a section with this name already exists.");
        }

        var section = new SectionEntity { Id = SandboxIds.NewId(), BoardId = board.Id, Name = name, CreatedAt = api.Now };
        api.Db.Sections.Add(section);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new SectionResponse(section.Id, section.Name), StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(string boardId, string sectionId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.WritableAsync(api, boardId, BoardsWriteSecret, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        var section = await api.Db.Sections.SingleOrDefaultAsync(s => s.Id == sectionId && s.BoardId == board.Id, cancellationToken);
        if (section is null)
        {
            return SandboxErrors.SectionNotFound();
        }

        if (await ReadNameAsync(request, cancellationToken) is not { } name)
        {
            return SandboxErrors.InvalidParameters("name is required and must be 1 to 180 characters.");
        }

        if (await api.Db.Sections.AnyAsync(s => s.BoardId == board.Id && s.Name == name && s.Id != section.Id, cancellationToken))
        {
            return SandboxErrors.Conflict("Board section conflict: a section with this name already exists.");
        }

        section.Name = name;
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new SectionResponse(section.Id, section.Name));
    }

    // Pins of a deleted section stay on the board, outside any section.
    private static async Task<IResult> DeleteAsync(string boardId, string sectionId, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.WritableAsync(api, boardId, BoardsWriteSecret, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        var section = await api.Db.Sections.SingleOrDefaultAsync(s => s.Id == sectionId && s.BoardId == board.Id, cancellationToken);
        if (section is null)
        {
            return SandboxErrors.SectionNotFound();
        }

        await api.Db.Pins.Where(p => p.SectionId == section.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.SectionId, (string?)null), cancellationToken);
        api.Db.Sections.Remove(section);
        await api.Db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> ListPinsAsync(string boardId, string sectionId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.ReadableAsync(api, boardId, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        if (!await api.Db.Sections.AnyAsync(s => s.Id == sectionId && s.BoardId == board.Id, cancellationToken))
        {
            return SandboxErrors.SectionNotFound();
        }

        var query = Visibility.CanSeePinsOf(api.Caller, board)
            ? api.Db.Pins.Where(p => p.BoardId == board.Id && p.SectionId == sectionId)
            : api.Db.Pins.Where(_ => false);
        return await PinMapper.PageAsync(api, request, query, cancellationToken);
    }

    /// <summary>The body's <c>name</c> when it is 1..180 characters; null otherwise.</summary>
    private static async Task<string?> ReadNameAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await SandboxJson.ReadObjectAsync(request, cancellationToken);
        try
        {
            var name = body?.String("name");
            return string.IsNullOrWhiteSpace(name) || name.Length > 180 ? null : name;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
