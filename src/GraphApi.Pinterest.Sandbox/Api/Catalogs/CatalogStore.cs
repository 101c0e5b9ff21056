using System.Globalization;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.Catalogs;

/// <summary>Reads and writes <see cref="CatalogResourceEntity"/> documents of one owner.</summary>
internal static class CatalogStore
{
    public static IQueryable<CatalogResourceEntity> Of(ApiContext api, string ownerId, string kind) =>
        api.Db.CatalogResources.Where(r => r.OwnerId == ownerId && r.Kind == kind);

    /// <summary>The document, or null when it is missing or another owner's (Pinterest answers both alike: not found).</summary>
    public static Task<CatalogResourceEntity?> FindAsync(ApiContext api, string ownerId, string kind, string id, CancellationToken cancellationToken) =>
        Of(api, ownerId, kind).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public static JsonObject Body(CatalogResourceEntity entity) => JsonNode.Parse(entity.Json)!.AsObject();

    public static void Save(CatalogResourceEntity entity, JsonObject body) => entity.Json = body.ToJsonString();

    public static CatalogResourceEntity Add(SandboxDbContext db, string ownerId, string kind, string id, string? parentId, JsonObject body, DateTime now)
    {
        var entity = new CatalogResourceEntity { Id = id, OwnerId = ownerId, Kind = kind, ParentId = parentId, Json = body.ToJsonString(), CreatedAt = now };
        db.CatalogResources.Add(entity);
        return entity;
    }

    public static string Time(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
