using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>Reads and writes <see cref="AdResourceEntity"/> documents of one ad account.</summary>
internal static class AdResourceStore
{
    public static IQueryable<AdResourceEntity> Of(ApiContext api, string adAccountId, string kind) =>
        api.Db.AdResources.Where(r => r.AdAccountId == adAccountId && r.Kind == kind);

    public static Task<AdResourceEntity?> FindAsync(ApiContext api, string adAccountId, string kind, string id, CancellationToken cancellationToken) =>
        Of(api, adAccountId, kind).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public static JsonObject Body(AdResourceEntity entity) => JsonNode.Parse(entity.Json)!.AsObject();

    public static void Save(AdResourceEntity entity, JsonObject body) => entity.Json = body.ToJsonString();

    public static AdResourceEntity Add(ApiContext api, string adAccountId, string kind, string id, JsonObject body)
    {
        var entity = new AdResourceEntity { Id = id, AdAccountId = adAccountId, Kind = kind, Json = body.ToJsonString(), CreatedAt = api.Now };
        api.Db.AdResources.Add(entity);
        return entity;
    }

    /// <summary>A page of documents ordered by id (same-length digit ids sort as numbers).</summary>
    public static async Task<IResult> PageAsync(HttpRequest request, IQueryable<AdResourceEntity> query, CancellationToken cancellationToken, bool descending = false)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var ordered = descending ? query.OrderByDescending(r => r.Id) : query.OrderBy(r => r.Id);
        var page = await Page<AdResourceEntity>.FromQueryAsync(ordered, pageRequest, cancellationToken);
        return SandboxJson.Ok(page.Map(Body));
    }

    public static IResult NotFound(string what) => SandboxErrors.Error(StatusCodes.Status404NotFound, 404, $"{what} not found.");

    public static long UnixSeconds(DateTime time) => new DateTimeOffset(time).ToUnixTimeSeconds();
}
