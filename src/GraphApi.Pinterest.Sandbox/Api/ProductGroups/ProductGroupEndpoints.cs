using System.Globalization;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.CatalogItems;
using GraphApi.Pinterest.Sandbox.Api.Catalogs;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.CatalogItems.CatalogItemRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.ProductGroups;

/// <summary>
/// Catalog product groups: list (with the comma-separated <c>id</c> filter, the batch get by id), create, create many,
/// get, update, delete, delete many. Catalog-based groups only (feed-based ones need feeds and answer 400). Another
/// user's group answers 401 code 29, as Pinterest's catalogs endpoints do; a missing one 404 code 4180.
/// </summary>
internal static class ProductGroupEndpoints
{
    public const int MaxIds = 1000;

    /// <summary>The first id the sandbox hands out (the seed's range).</summary>
    public const long FirstId = 98500000000000001L;

    private static readonly string[] UpdatableFields = ["name", "description", "filters", "country", "locale"];

    public static void MapProductGroupEndpoints(this RouteGroupBuilder v5)
    {
        v5.MapGet("/catalogs/product_groups", ListAsync).CatalogItemOperation("catalogs_product_groups/list", CatalogsRead, ScopeRead);
        v5.MapPost("/catalogs/product_groups", CreateAsync).CatalogItemOperation("catalogs_product_groups/create", CatalogsWrite, ScopeWrite);
        v5.MapPost("/catalogs/product_groups/multiple", CreateManyAsync).CatalogItemOperation("catalogs_product_groups/create_many", CatalogsWrite, ScopeWrite);
        v5.MapDelete("/catalogs/product_groups/multiple", DeleteManyAsync).CatalogItemOperation("catalogs_product_groups/delete_many", CatalogsWrite, ScopeWrite);
        v5.MapGet("/catalogs/product_groups/{productGroupId}", GetAsync).CatalogItemOperation("catalogs_product_groups/get", CatalogsRead, ScopeRead);
        v5.MapPatch("/catalogs/product_groups/{productGroupId}", UpdateAsync).CatalogItemOperation("catalogs_product_groups/update", CatalogsWrite, ScopeWrite);
        v5.MapDelete("/catalogs/product_groups/{productGroupId}", DeleteAsync).CatalogItemOperation("catalogs_product_groups/delete", CatalogsWrite, ScopeWrite);
        v5.MapProductGroupProducts();
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (ownerId, accessError) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (accessError is not null)
        {
            return accessError;
        }

        var query = CatalogItemStore.OwnedBy(api, ownerId!, CatalogItemRecordKinds.ProductGroup).AsNoTracking();
        if (request.Query.TryGetValue("id", out var idValues))
        {
            if (Ids(idValues.ToString()) is not { } ids)
            {
                return SandboxErrors.InvalidParameters($"id must be 1–{MaxIds} comma-separated integers.");
            }

            query = query.Where(r => ids.Contains(r.Id));
        }

        if (request.Query.TryGetValue("catalog_id", out var catalogValues))
        {
            var catalogId = catalogValues.ToString();
            if (!CatalogAccess.IsId(catalogId))
            {
                return SandboxErrors.InvalidParameters("'catalog_id' must match the pattern: ^\\d+$");
            }

            if (!await api.Db.Catalogs.AnyAsync(c => c.Id == catalogId && c.OwnerId == ownerId, cancellationToken))
            {
                return CatalogAccess.NotPermitted();
            }

            query = query.Where(r => r.CatalogId == catalogId);
        }

        if (request.Query.TryGetValue("feed_id", out var feedValues))
        {
            if (!CatalogAccess.IsId(feedValues.ToString()))
            {
                return SandboxErrors.InvalidParameters($"'feed_id' value '{feedValues}' must match the pattern: ^\\d+$");
            }

            // Seeded and created groups are catalog-based (feed_id null): a feed filter finds none of them.
            query = query.Where(r => false);
        }

        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        var rows = await Page<CatalogItemRecordEntity>.FromQueryAsync(query.OrderBy(r => r.Id), page, cancellationToken);
        return SandboxJson.Ok(rows.Map(CatalogItemStore.Body));
    }

    private static async Task<IResult> GetAsync(string productGroupId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (group, error) = await FindAsync(productGroupId, request, api, cancellationToken);
        return error ?? SandboxJson.Ok(CatalogItemStore.Body(group!));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (ownerId, accessError) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (accessError is not null)
        {
            return accessError;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        var next = await NextIdAsync(api, cancellationToken);
        var (created, error) = await AddAsync(api, ownerId!, body, next, [], cancellationToken);
        if (error is not null)
        {
            return error;
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(created!, StatusCodes.Status201Created);
    }

    private static async Task<IResult> CreateManyAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (ownerId, accessError) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (accessError is not null)
        {
            return accessError;
        }

        JsonArray? groups;
        try
        {
            groups = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            groups = null;
        }

        if (groups is not { Count: >= 1 and <= MaxIds })
        {
            return SandboxErrors.InvalidParameters($"The body must be an array of 1–{MaxIds} product groups.");
        }

        // All or nothing: the first refused group refuses the request, nothing is saved.
        var next = await NextIdAsync(api, cancellationToken);
        var ids = new JsonArray();
        var names = new HashSet<(string, string)>();
        foreach (var group in groups)
        {
            if (group is not JsonObject body)
            {
                return SandboxErrors.InvalidParameters("Each product group must be an object.");
            }

            var (created, error) = await AddAsync(api, ownerId!, body, next++, names, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            ids.Add(created!["id"]!.GetValue<string>());
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(ids, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(string productGroupId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (group, error) = await FindAsync(productGroupId, request, api, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } patch)
        {
            return SandboxErrors.InvalidJson();
        }

        var body = CatalogItemStore.Body(group!);
        if (ProductGroupBodies.IsAutoGenerated(body))
        {
            return ProductGroupBodies.AutoGenerated();
        }

        if (patch["catalog_type"] is { } type && type.ToString() != body["catalog_type"]!.ToString())
        {
            return SandboxErrors.InvalidParameters($"catalog_type must be {body["catalog_type"]} for this product group.");
        }

        if (patch.ContainsKey("filters") && ProductGroupFilters.Problem(patch["filters"]) is { } problem)
        {
            return ProductGroupBodies.FiltersInvalid(problem);
        }

        var retail = body["catalog_type"]!.ToString() == CatalogItemStore.Retail;
        if (!retail && (patch.ContainsKey("country") || patch.ContainsKey("locale")))
        {
            return SandboxErrors.InvalidParameters($"{body["catalog_type"]} product groups take no country or locale.");
        }

        if (patch["name"] is { } name)
        {
            if (string.IsNullOrWhiteSpace(name.ToString()))
            {
                return SandboxErrors.InvalidParameters("name must not be empty.");
            }

            var others = await CatalogItemStore.Of(api, group!.CatalogId, CatalogItemRecordKinds.ProductGroup).AsNoTracking()
                .Where(r => r.Id != group.Id).ToListAsync(cancellationToken);
            if (others.Any(o => CatalogItemStore.Body(o)["name"]?.ToString() == name.ToString()))
            {
                return ProductGroupBodies.NameTaken();
            }
        }

        foreach (var field in UpdatableFields.Where(patch.ContainsKey))
        {
            body[field] = patch[field]?.DeepClone();
        }

        body["updated_at"] = new DateTimeOffset(api.Now).ToUnixTimeSeconds();
        CatalogItemStore.Save(group!, body);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(body);
    }

    private static async Task<IResult> DeleteAsync(string productGroupId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (group, error) = await FindAsync(productGroupId, request, api, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (ProductGroupBodies.IsAutoGenerated(CatalogItemStore.Body(group!)))
        {
            return ProductGroupBodies.AutoGenerated();
        }

        api.Db.CatalogItemRecords.Remove(group!);
        await api.Db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> DeleteManyAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (ownerId, accessError) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (accessError is not null)
        {
            return accessError;
        }

        if (Ids(request.Query["id"].ToString()) is not { } ids)
        {
            return SandboxErrors.InvalidParameters($"id is required: 1–{MaxIds} comma-separated integers.");
        }

        // All or nothing, checked before anything is removed.
        var groups = await api.Db.CatalogItemRecords.Where(r => r.Kind == CatalogItemRecordKinds.ProductGroup && ids.Contains(r.Id)).ToListAsync(cancellationToken);
        if (groups.Count != ids.Count)
        {
            return ProductGroupBodies.NotFound();
        }

        if (groups.Any(g => g.OwnerId != ownerId))
        {
            return CatalogAccess.NotPermitted();
        }

        if (groups.Any(g => ProductGroupBodies.IsAutoGenerated(CatalogItemStore.Body(g))))
        {
            return ProductGroupBodies.AutoGenerated();
        }

        api.Db.CatalogItemRecords.RemoveRange(groups);
        await api.Db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    /// <summary>The caller's (or the ad account owner's) group: 404 code 4180 when missing, 401 code 29 when another user's.</summary>
    public static async Task<(CatalogItemRecordEntity? Group, IResult? Error)> FindAsync(string productGroupId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (ownerId, accessError) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (accessError is not null)
        {
            return (null, accessError);
        }

        if (!CatalogAccess.IsId(productGroupId))
        {
            return (null, SandboxErrors.InvalidParameters($"'product_group_id' value '{productGroupId}' must match the pattern: ^\\d+$"));
        }

        var group = await api.Db.CatalogItemRecords.FirstOrDefaultAsync(r => r.Kind == CatalogItemRecordKinds.ProductGroup && r.Id == productGroupId, cancellationToken);
        if (group is null)
        {
            return (null, ProductGroupBodies.NotFound());
        }

        return group.OwnerId == ownerId ? (group, null) : (null, CatalogAccess.NotPermitted());
    }

    private static async Task<(JsonObject? Created, IResult? Error)> AddAsync(
        ApiContext api, string ownerId, JsonObject body, long id, HashSet<(string Catalog, string Name)> pendingNames, CancellationToken cancellationToken)
    {
        if (body.ContainsKey("feed_id") && !body.ContainsKey("catalog_type"))
        {
            return (null, SandboxErrors.InvalidParameters("Feed-based product groups are not emulated: send catalog_type and catalog_id."));
        }

        if (body["catalog_type"]?.ToString() is not { } vertical || !CatalogItemStore.Verticals.Contains(vertical))
        {
            return (null, SandboxErrors.InvalidParameters($"catalog_type must be one of {string.Join(", ", CatalogItemStore.Verticals)}."));
        }

        if (body["catalog_id"]?.ToString() is not { } catalogId)
        {
            return (null, SandboxErrors.InvalidParameters("catalog_id is required."));
        }

        var (catalog, catalogError) = await CatalogItemStore.CatalogAsync(api, ownerId, vertical, catalogId, cancellationToken);
        if (catalogError is not null)
        {
            return (null, catalogError);
        }

        var (name, description, filters, country, locale, error) = ProductGroupBodies.ReadCreate(body, catalog!);
        if (error is not null)
        {
            return (null, error);
        }

        var existing = await CatalogItemStore.Of(api, catalog!.Id, CatalogItemRecordKinds.ProductGroup).AsNoTracking().ToListAsync(cancellationToken);
        if (existing.Any(e => CatalogItemStore.Body(e)["name"]?.ToString() == name) || !pendingNames.Add((catalog.Id, name)))
        {
            return (null, ProductGroupBodies.NameTaken());
        }

        var created = ProductGroupBodies.New(
            ProductGroupBodies.NewId(id), catalog, name, description, filters, country, locale, ProductGroupBodies.MerchantCreated, new DateTimeOffset(api.Now).ToUnixTimeSeconds());
        CatalogItemStore.Add(api, catalog, CatalogItemRecordKinds.ProductGroup, created["id"]!.GetValue<string>(), created);
        return (created, null);
    }

    private static async Task<long> NextIdAsync(ApiContext api, CancellationToken cancellationToken)
    {
        var ids = await api.Db.CatalogItemRecords.Where(r => r.Kind == CatalogItemRecordKinds.ProductGroup).Select(r => r.Id).ToListAsync(cancellationToken);
        var max = ids.Select(i => long.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(FirstId - 1).Max();
        return Math.Max(max, FirstId - 1) + 1;
    }

    /// <summary>1–1000 comma-separated digit ids (the spec's integer array, <c>explode: false</c>), or null.</summary>
    private static List<string>? Ids(string value)
    {
        var ids = value.Split(',', StringSplitOptions.TrimEntries);
        return ids.Length is >= 1 and <= MaxIds && ids.All(CatalogAccess.IsId) ? ids.Distinct(StringComparer.Ordinal).ToList() : null;
    }
}
