using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Pins;

/// <summary>POST /v5/pins (image_url and image_base64 sources) and POST /v5/pins/{pin_id}/save.</summary>
internal static partial class PinCreation
{
    public static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        try
        {
            var boardId = body.String("board_id");
            var sectionId = body.String("board_section_id");
            if (boardId is null)
            {
                return SandboxErrors.InvalidParameters("board_id is required.");
            }

            if (PinWrites.TextProblem(body) is { } problem)
            {
                return SandboxErrors.InvalidParameters(problem);
            }

            if (body["media_source"] is not JsonObject source || MediaSeed(source) is not { } seed)
            {
                return SandboxErrors.InvalidParameters("media_source is required: the sandbox accepts source_type image_url (url) or image_base64 (content_type image/jpeg|image/png, data).");
            }

            var color = body.String("dominant_color");
            if (color is not null && !HexColor().IsMatch(color))
            {
                return SandboxErrors.InvalidParameters("dominant_color must look like #RRGGBB.");
            }

            if (await PinAccess.CheckTargetAsync(api, boardId, sectionId, cancellationToken) is { } targetError)
            {
                return targetError;
            }

            var pin = new PinEntity
            {
                Id = SandboxIds.NewId(),
                OwnerId = api.Caller.UserId,
                BoardId = boardId,
                SectionId = sectionId,
                Title = body.String("title"),
                Description = body.String("description"),
                Link = body.String("link"),
                AltText = body.String("alt_text"),
                ParentPinId = body.String("parent_pin_id"),
                DominantColor = (color ?? ColorFrom(seed)).ToUpperInvariant(),
                Width = 1000,
                Height = 1500,
                CreatedAt = api.Now,
            };
            return await SaveNewAsync(api, request, pin, cancellationToken);
        }
        catch (FormatException ex)
        {
            return SandboxErrors.InvalidParameters(ex.Message);
        }
    }

    // Saving (repinning) copies a visible pin onto one of the caller's boards, remembering the parent.
    public static async Task<IResult> SaveAsync(string pinId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await PinAccess.ReadableAsync(api, pinId, cancellationToken);
        if (loaded.Value is not { } original)
        {
            return loaded.Error!;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? boardId, sectionId;
        try
        {
            boardId = body.String("board_id");
            sectionId = body.String("board_section_id");
        }
        catch (FormatException ex)
        {
            return SandboxErrors.InvalidParameters(ex.Message);
        }

        if (boardId is null)
        {
            return SandboxErrors.InvalidParameters("board_id is required: the sandbox has no profile-only saves.");
        }

        if (await PinAccess.CheckTargetAsync(api, boardId, sectionId, cancellationToken) is { } targetError)
        {
            return targetError;
        }

        var copy = new PinEntity
        {
            Id = SandboxIds.NewId(),
            OwnerId = api.Caller.UserId,
            BoardId = boardId,
            SectionId = sectionId,
            Title = original.Title,
            Description = original.Description,
            Link = original.Link,
            AltText = original.AltText,
            DominantColor = original.DominantColor,
            ParentPinId = original.Id,
            Width = original.Width,
            Height = original.Height,
            CreatedAt = api.Now,
        };
        return await SaveNewAsync(api, request, copy, cancellationToken);
    }

    private static async Task<IResult> SaveNewAsync(ApiContext api, HttpRequest request, PinEntity pin, CancellationToken cancellationToken)
    {
        api.Db.Pins.Add(pin);
        await PinWrites.TouchBoardAsync(api, pin.BoardId, cancellationToken);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(await PinMapper.ToResponseAsync(api, pin, api.Root(request), cancellationToken), StatusCodes.Status201Created);
    }

    /// <summary>Something stable to derive a colour from; null when the source is missing or unsupported.</summary>
    private static string? MediaSeed(JsonObject source) => source.String("source_type") switch
    {
        "image_url" => source.String("url"),
        "image_base64" when source.String("content_type") is "image/jpeg" or "image/png" => source.String("data"),
        _ => null,
    };

    private static string ColorFrom(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return "#" + Convert.ToHexString(hash, 0, 3);
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
