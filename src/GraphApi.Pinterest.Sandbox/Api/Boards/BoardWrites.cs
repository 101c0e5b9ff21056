using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.Boards;

/// <summary>POST/PATCH/DELETE /v5/boards. Secret boards need boards:write_secret; PATCH may only set PUBLIC or SECRET.</summary>
internal static class BoardWrites
{
    private static readonly string[] CreatePrivacies = [SandboxPrivacy.Public, SandboxPrivacy.Protected, SandboxPrivacy.Secret];
    private static readonly string[] UpdatePrivacies = [SandboxPrivacy.Public, SandboxPrivacy.Secret];

    public static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? name, description, privacy;
        bool isAdsOnly;
        try
        {
            name = body.String("name");
            description = body.String("description");
            privacy = body.String("privacy") ?? SandboxPrivacy.Public;
            isAdsOnly = body.Bool("is_ads_only") ?? false;
        }
        catch (FormatException ex)
        {
            return SandboxErrors.InvalidParameters(ex.Message);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 180)
        {
            return SandboxErrors.InvalidParameters("name is required and must be at most 180 characters.");
        }

        if (!CreatePrivacies.Contains(privacy, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters("privacy must be PUBLIC, PROTECTED or SECRET.");
        }

        if (privacy == SandboxPrivacy.Secret && !api.Caller.Has(SandboxScopes.BoardsWriteSecret))
        {
            return SandboxErrors.MissingScopes([SandboxScopes.BoardsWriteSecret]);
        }

        var now = api.Now;
        var board = new BoardEntity
        {
            Id = SandboxIds.NewId(),
            OwnerId = api.Caller.UserId,
            Name = name,
            Description = description,
            // Pinterest forces ad-only boards to PROTECTED.
            Privacy = isAdsOnly ? SandboxPrivacy.Protected : privacy,
            IsAdsOnly = isAdsOnly,
            CreatedAt = now,
            PinsModifiedAt = now,
        };
        api.Db.Boards.Add(board);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(await BoardMapper.ToResponseAsync(api.Db, board, api.Root(request), cancellationToken), StatusCodes.Status201Created);
    }

    public static async Task<IResult> UpdateAsync(string boardId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.WritableAsync(api, boardId, SandboxScopes.BoardsWriteSecret, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        try
        {
            if (body.Has("privacy"))
            {
                var privacy = body.String("privacy");
                if (privacy is null || !UpdatePrivacies.Contains(privacy, StringComparer.Ordinal))
                {
                    return SandboxErrors.InvalidParameters("privacy can only be updated to PUBLIC or SECRET.");
                }

                if (privacy == SandboxPrivacy.Secret && !api.Caller.Has(SandboxScopes.BoardsWriteSecret))
                {
                    return SandboxErrors.MissingScopes([SandboxScopes.BoardsWriteSecret]);
                }

                board.Privacy = privacy;
            }

            if (body.Has("name"))
            {
                var name = body.String("name");
                if (string.IsNullOrWhiteSpace(name) || name.Length > 180)
                {
                    return SandboxErrors.InvalidParameters("name must not be empty and must be at most 180 characters.");
                }

                board.Name = name;
            }

            if (body.Has("description"))
            {
                board.Description = body.String("description");
            }
        }
        catch (FormatException ex)
        {
            return SandboxErrors.InvalidParameters(ex.Message);
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(await BoardMapper.ToResponseAsync(api.Db, board, api.Root(request), cancellationToken));
    }

    public static async Task<IResult> DeleteAsync(string boardId, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await BoardAccess.WritableAsync(api, boardId, SandboxScopes.BoardsWriteSecret, cancellationToken);
        if (loaded.Value is not { } board)
        {
            return loaded.Error!;
        }

        await api.Db.Pins.Where(p => p.BoardId == board.Id).ExecuteDeleteAsync(cancellationToken);
        await api.Db.Sections.Where(s => s.BoardId == board.Id).ExecuteDeleteAsync(cancellationToken);
        await api.Db.BoardFollows.Where(f => f.BoardId == board.Id).ExecuteDeleteAsync(cancellationToken);
        api.Db.Boards.Remove(board);
        await api.Db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }
}
