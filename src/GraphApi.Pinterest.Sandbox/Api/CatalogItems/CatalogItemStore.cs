using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Catalogs;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.CatalogItems;

/// <summary>Reads and writes <see cref="CatalogItemRecordEntity"/> documents, and finds the catalog a call works on.</summary>
internal static class CatalogItemStore
{
    public const string Retail = "RETAIL";
    public const string Hotel = "HOTEL";
    public const string CreativeAssets = "CREATIVE_ASSETS";

    public static readonly string[] Verticals = [Retail, Hotel, CreativeAssets];

    /// <summary>The field naming an item of <paramref name="vertical"/>.</summary>
    public static string IdField(string vertical) => vertical switch
    {
        Hotel => "hotel_id",
        CreativeAssets => "creative_assets_id",
        _ => "item_id",
    };

    /// <summary>The filter field listing ids of <paramref name="vertical"/> in <c>items/post</c>.</summary>
    public static string IdsField(string vertical) => IdField(vertical) + "s";

    public static IQueryable<CatalogItemRecordEntity> Of(ApiContext api, string catalogId, string kind) =>
        api.Db.CatalogItemRecords.Where(r => r.CatalogId == catalogId && r.Kind == kind);

    public static IQueryable<CatalogItemRecordEntity> OwnedBy(ApiContext api, string ownerId, string kind) =>
        api.Db.CatalogItemRecords.Where(r => r.OwnerId == ownerId && r.Kind == kind);

    public static JsonObject Body(CatalogItemRecordEntity entity) => JsonNode.Parse(entity.Json)!.AsObject();

    public static void Save(CatalogItemRecordEntity entity, JsonObject body) => entity.Json = body.ToJsonString();

    public static CatalogItemRecordEntity Add(ApiContext api, CatalogEntity catalog, string kind, string id, JsonObject body, string? pinId = null)
    {
        var entity = new CatalogItemRecordEntity
        {
            CatalogId = catalog.Id,
            Kind = kind,
            Id = id,
            OwnerId = catalog.OwnerId,
            Json = body.ToJsonString(),
            PinId = pinId,
            CreatedAt = api.Now,
        };
        api.Db.CatalogItemRecords.Add(entity);
        return entity;
    }

    /// <summary>
    /// The catalog of a call: the named one, which must be the owner's (another user's, or an unknown id, answers 401
    /// code 29 as Pinterest's catalogs endpoints do) and of the vertical; without an id, the owner's oldest catalog of
    /// the vertical, as the spec says, or 409 code 4182 when there is none.
    /// </summary>
    public static async Task<(CatalogEntity? Catalog, IResult? Error)> CatalogAsync(
        ApiContext api, string ownerId, string vertical, string? catalogId, CancellationToken cancellationToken)
    {
        if (catalogId is not null)
        {
            if (!CatalogAccess.IsId(catalogId))
            {
                return (null, SandboxErrors.InvalidParameters("catalog_id must be digits."));
            }

            var named = await api.Db.Catalogs.AsNoTracking().FirstOrDefaultAsync(c => c.Id == catalogId, cancellationToken);
            if (named is null || named.OwnerId != ownerId)
            {
                return (null, CatalogAccess.NotPermitted());
            }

            return named.CatalogType == vertical
                ? (named, null)
                : (null, SandboxErrors.InvalidParameters($"Catalog {catalogId} is a {named.CatalogType} catalog, not {vertical}."));
        }

        var oldest = await api.Db.Catalogs.AsNoTracking().Where(c => c.OwnerId == ownerId && c.CatalogType == vertical)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        return oldest is null ? (null, NoCatalog()) : (oldest, null);
    }

    public static IResult NoCatalog() => SandboxErrors.Error(StatusCodes.Status409Conflict, 4182, "Can't access this feature without an existing catalog.");

    /// <summary>A string list of 1–<paramref name="max"/> non-empty strings, or null.</summary>
    public static List<string>? Strings(JsonNode? node, int max) =>
        node is JsonArray { Count: > 0 } array && array.Count <= max
            && array.All(v => v?.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0)
            ? array.Select(v => v!.GetValue<string>()).ToList()
            : null;

    /// <summary>Pinterest's date-time without offset (<c>2024-01-01T20:10:40</c>).</summary>
    public static string Time(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
