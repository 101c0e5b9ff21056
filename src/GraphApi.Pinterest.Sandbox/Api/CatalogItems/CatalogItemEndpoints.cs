using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Catalogs;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.CatalogItems.CatalogItemRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.CatalogItems;

/// <summary>
/// <c>POST /catalogs/items</c>: items of one catalog and vertical by id (1–1000). Every requested id is answered, in
/// order and once: the item, or the spec's error entry (<c>errors</c>, no attributes) when the catalog has no such item.
/// </summary>
internal static class CatalogItemEndpoints
{
    public const int MaxIds = 1000;

    /// <summary>The error entry's code for an id the catalog lacks (Pinterest documents none; the sandbox repeats 404).</summary>
    public const int ItemNotFoundCode = 404;

    public static void MapCatalogItemEndpoints(this RouteGroupBuilder v5)
    {
        v5.MapPost("/catalogs/items", GetItemsAsync).CatalogItemOperation("items/post", CatalogsRead, ScopeRead);
    }

    private static async Task<IResult> GetItemsAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
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

        if (body["country"] is not JsonValue || body["language"] is not JsonValue)
        {
            return SandboxErrors.InvalidParameters("country and language are required.");
        }

        if (body["filters"] is not JsonObject filters
            || filters["catalog_type"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || !CatalogItemStore.Verticals.Contains(filters["catalog_type"]!.GetValue<string>()))
        {
            return SandboxErrors.InvalidParameters($"filters.catalog_type must be one of {string.Join(", ", CatalogItemStore.Verticals)}.");
        }

        var vertical = filters["catalog_type"]!.GetValue<string>();
        var idsField = CatalogItemStore.IdsField(vertical);
        if (CatalogItemStore.Strings(filters[idsField], MaxIds) is not { } ids)
        {
            return SandboxErrors.InvalidParameters($"filters.{idsField} must hold 1–{MaxIds} ids.");
        }

        string? catalogId;
        try
        {
            catalogId = filters.String("catalog_id");
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        var (catalog, catalogError) = await CatalogItemStore.CatalogAsync(api, ownerId!, vertical, catalogId, cancellationToken);
        if (catalogError is not null)
        {
            return catalogError;
        }

        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var found = await CatalogItemStore.Of(api, catalog!.Id, CatalogItemRecordKinds.Item).AsNoTracking()
            .Where(r => wanted.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, CatalogItemStore.Body, StringComparer.Ordinal, cancellationToken);
        var idField = CatalogItemStore.IdField(vertical);
        var items = new JsonArray();
        foreach (var id in wanted)
        {
            items.Add(found.TryGetValue(id, out var item)
                ? item
                : new JsonObject
                {
                    ["catalog_type"] = vertical,
                    [idField] = id,
                    ["errors"] = new JsonArray(new JsonObject { ["attribute"] = idField, ["code"] = ItemNotFoundCode, ["message"] = "Item not found in this catalog." }),
                });
        }

        return SandboxJson.Ok(new JsonObject { ["items"] = items });
    }
}
