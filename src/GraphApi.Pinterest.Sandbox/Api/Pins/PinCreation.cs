using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Pins;

/// <summary>POST /v5/pins (the sources <see cref="PinMediaSources"/> knows) and POST /v5/pins/{pin_id}/save.</summary>
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

            if (body["media_source"] is not JsonObject source || PinMediaSources.Parse(source) is not { } media)
            {
                return SandboxErrors.InvalidParameters(PinMediaSources.Supported);
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

            if (media.VideoMediaId is { } mediaId && await ClaimVideoAsync(api, mediaId, cancellationToken) is { } videoError)
            {
                return videoError;
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
                DominantColor = (color ?? PinMediaSources.ColorFrom(media.Seed)).ToUpperInvariant(),
                Width = 1000,
                Height = 1500,
                CreatedAt = api.Now,
                MediaType = media.MediaType,
                MediaItemsJson = media.ItemsJson,
                VideoMediaId = media.VideoMediaId,
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
            MediaType = original.MediaType,
            MediaItemsJson = original.MediaItemsJson,
            VideoMediaId = original.VideoMediaId,
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

    // A video pin needs the caller's own upload; Pinterest finishes processing it once the pin exists.
    private static async Task<IResult?> ClaimVideoAsync(ApiContext api, string mediaId, CancellationToken cancellationToken)
    {
        var upload = await api.Db.MediaUploads.FindAsync([mediaId], cancellationToken);
        if (upload is null || upload.OwnerId != api.Caller.UserId)
        {
            return SandboxErrors.InvalidParameters("media_id is not a video upload of this account.");
        }

        if (upload.Status is "registered" or "uploaded")
        {
            upload.Status = "succeeded";
        }

        return upload.Status == "succeeded" ? null : SandboxErrors.InvalidParameters($"The video upload is {upload.Status}.");
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
