using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.Media;

/// <summary>
/// Video upload registration. The upload URL points back at the sandbox ({PathBase}/media/uploads/{id});
/// posting anything there marks the upload <c>succeeded</c>, as Pinterest does after processing.
/// </summary>
internal static class MediaEndpoints
{
    public static void MapMedia(this RouteGroupBuilder v5)
    {
        v5.MapGet("/media", ListAsync).Operation("media/list", PinsRead);
        v5.MapPost("/media", CreateAsync).Operation("media/create", PinsRead, PinsWrite);
        v5.MapGet("/media/{mediaId}", GetAsync).Operation("media/get", PinsRead);
    }

    /// <summary>The unauthenticated upload target (Pinterest's is a pre-signed S3 form).</summary>
    public static async Task<IResult> UploadAsync(string mediaId, SandboxDbContext db, CancellationToken cancellationToken)
    {
        var updated = await db.MediaUploads.Where(m => m.Id == mediaId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, "succeeded"), cancellationToken);
        return updated > 0 ? Results.NoContent() : Results.NotFound();
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var me = api.Caller.UserId;
        var query = api.Db.MediaUploads.Where(m => m.OwnerId == me).OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new MediaResponse(m.Id, m.MediaType, m.Status));
        return SandboxJson.Ok(await Page<MediaResponse>.FromQueryAsync(query, pageRequest, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var body = await SandboxJson.ReadObjectAsync(request, cancellationToken);
        string? mediaType;
        try
        {
            mediaType = body?.String("media_type");
        }
        catch (FormatException)
        {
            mediaType = null;
        }

        if (mediaType != "video")
        {
            return SandboxErrors.InvalidParameters("media_type must be 'video'.");
        }

        var upload = new MediaUploadEntity { Id = SandboxIds.NewId(), OwnerId = api.Caller.UserId, CreatedAt = api.Now };
        api.Db.MediaUploads.Add(upload);
        await api.Db.SaveChangesAsync(cancellationToken);
        var response = new MediaUploadResponse(
            upload.Id,
            upload.MediaType,
            $"{api.Root(request)}/media/uploads/{upload.Id}",
            new UploadParameters($"uploads/{upload.Id}.mp4", "multipart/form-data", "sandbox"));
        return SandboxJson.Ok(response, StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string mediaId, ApiContext api, CancellationToken cancellationToken)
    {
        var upload = await api.Db.MediaUploads.FindAsync([mediaId], cancellationToken);
        return upload is not null && upload.OwnerId == api.Caller.UserId
            ? SandboxJson.Ok(new MediaResponse(upload.Id, upload.MediaType, upload.Status))
            : SandboxErrors.MediaNotFound();
    }
}
