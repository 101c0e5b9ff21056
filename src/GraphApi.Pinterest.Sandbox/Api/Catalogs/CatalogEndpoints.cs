using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.Catalogs.CatalogRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.Catalogs;

/// <summary>/v5/catalogs: list and create. Pinterest has no catalogs/get: a client finds a catalog through the list.</summary>
internal static class CatalogEndpoints
{
    public static readonly string[] Types = ["RETAIL", "HOTEL", "CREATIVE_ASSETS"];

    /// <summary>The sandbox's cap on a catalog name (the spec gives none).</summary>
    public const int MaxNameLength = 1000;

    public static void MapCatalogEndpoints(this RouteGroupBuilder v5)
    {
        v5.MapGet("/catalogs", ListAsync).CatalogOperation("catalogs/list", CatalogsRead, ScopeRead);
        v5.MapPost("/catalogs", CreateAsync).CatalogOperation("catalogs/create", CatalogsWrite, ScopeWrite);
    }

    public static JsonObject ToResponse(CatalogEntity catalog) => new()
    {
        ["id"] = catalog.Id,
        ["name"] = catalog.Name,
        ["catalog_type"] = catalog.CatalogType,
        ["created_at"] = catalog.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ["updated_at"] = catalog.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var query = api.Db.Catalogs.AsNoTracking().Where(c => c.OwnerId == owner).OrderBy(c => c.Id);
        var page = await Page<CatalogEntity>.FromQueryAsync(query, pageRequest, cancellationToken);
        return SandboxJson.Ok(page.Map(ToResponse));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (owner, denied) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        // CatalogsCreateRequest: additionalProperties false, catalog_type and name required.
        if (body.Select(p => p.Key).FirstOrDefault(k => k is not ("catalog_type" or "name")) is { } unknown)
        {
            return SandboxErrors.InvalidParameters($"Invalid request: unknown property {unknown}.");
        }

        string? name, type;
        try
        {
            (name, type) = (body.String("name"), body.String("catalog_type"));
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            return SandboxErrors.InvalidParameters($"Invalid request: name is required, at most {MaxNameLength} characters.");
        }

        if (type is null || !Types.Contains(type, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters($"Invalid request: catalog_type must be one of {string.Join(", ", Types)}.");
        }

        var catalog = new CatalogEntity { Id = SandboxIds.NewId(), OwnerId = owner!, Name = name, CatalogType = type, CreatedAt = api.Now, UpdatedAt = api.Now };
        api.Db.Catalogs.Add(catalog);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(ToResponse(catalog));
    }
}
