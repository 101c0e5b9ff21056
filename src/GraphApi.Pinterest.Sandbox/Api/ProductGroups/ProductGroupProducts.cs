using System.Text.Json;
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
/// What a product group holds, computed from its filters over the catalog's items: product counts, and the products
/// with the Pin that shows each (seeded items point at demo.business's Pins; items without a Pin are not products yet,
/// as on Pinterest before ingestion makes their Pins).
/// </summary>
internal static class ProductGroupProducts
{
    public static void MapProductGroupProducts(this RouteGroupBuilder v5)
    {
        v5.MapGet("/catalogs/product_groups/{productGroupId}/product_counts", CountsAsync)
            .CatalogItemOperation("catalogs_product_groups/product_counts_get", CatalogsRead, ScopeRead);
        v5.MapGet("/catalogs/product_groups/{productGroupId}/products", ProductsAsync)
            .CatalogItemOperation("catalogs_product_group_pins/list", CatalogsRead, "boards:read", ScopeRead, "pins:read");
        v5.MapPost("/catalogs/products/get_by_product_group_filters", ProductsByFiltersAsync)
            .CatalogItemOperation("products_by_product_group_filter/list", CatalogsRead, "boards:read", ScopeRead, "pins:read");
    }

    private static async Task<IResult> CountsAsync(string productGroupId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (group, error) = await ProductGroupEndpoints.FindAsync(productGroupId, request, api, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var body = CatalogItemStore.Body(group!);
        var vertical = body["catalog_type"]!.ToString();
        var items = await MatchingAsync(api, group!.CatalogId, body["filters"], vertical, cancellationToken);
        var counts = new JsonObject { ["catalog_type"] = vertical, ["total"] = items.Count };
        if (vertical == CatalogItemStore.Retail)
        {
            counts["in_stock"] = items.Count(i => Availability(i.Body) == "in stock");
            counts["out_of_stock"] = items.Count(i => Availability(i.Body) == "out of stock");
            counts["preorder"] = items.Count(i => Availability(i.Body) == "preorder");
            counts["videos"] = 0;
        }

        return SandboxJson.Ok(counts);
    }

    private static async Task<IResult> ProductsAsync(string productGroupId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (group, error) = await ProductGroupEndpoints.FindAsync(productGroupId, request, api, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var body = CatalogItemStore.Body(group!);
        return await PageAsync(api, request, group!.CatalogId, body["filters"], body["catalog_type"]!.ToString(), cancellationToken);
    }

    private static async Task<IResult> ProductsByFiltersAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
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

        if (body["catalog_type"]?.ToString() is not { } vertical || !CatalogItemStore.Verticals.Contains(vertical) || body["catalog_id"]?.ToString() is not { } catalogId)
        {
            return SandboxErrors.InvalidParameters("catalog_type and catalog_id are required (feed-based filters are not emulated).");
        }

        var (catalog, catalogError) = await CatalogItemStore.CatalogAsync(api, ownerId!, vertical, catalogId, cancellationToken);
        if (catalogError is not null)
        {
            return catalogError;
        }

        if (ProductGroupFilters.Problem(body["filters"]) is { } problem)
        {
            return ProductGroupBodies.FiltersInvalid(problem);
        }

        return await PageAsync(api, request, catalog!.Id, body["filters"], vertical, cancellationToken);
    }

    private static async Task<IResult> PageAsync(ApiContext api, HttpRequest request, string catalogId, JsonNode? filters, string vertical, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        var items = (await MatchingAsync(api, catalogId, filters, vertical, cancellationToken)).Where(i => i.Entity.PinId is not null).ToList();
        var rows = Page<(CatalogItemRecordEntity Entity, JsonObject Body)>.FromList(items, page);
        var pinIds = rows.Items.Select(r => r.Entity.PinId!).ToList();
        var pins = await api.Db.Pins.AsNoTracking().Where(p => pinIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var responses = (await PinMapper.ToResponsesAsync(api, pins, api.Root(request), PinMapper.WantsMetrics(request), cancellationToken))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var products = rows.Items.Where(r => responses.ContainsKey(r.Entity.PinId!)).Select(r => new JsonObject
        {
            ["catalog_type"] = vertical,
            ["metadata"] = Metadata(r.Body, vertical),
            ["pin"] = JsonSerializer.SerializeToNode(responses[r.Entity.PinId!], SandboxJson.Options),
        }).ToList();
        return SandboxJson.Ok(new { items = products, bookmark = rows.Bookmark });
    }

    private static async Task<List<(CatalogItemRecordEntity Entity, JsonObject Body)>> MatchingAsync(
        ApiContext api, string catalogId, JsonNode? filters, string vertical, CancellationToken cancellationToken)
    {
        var items = await CatalogItemStore.Of(api, catalogId, CatalogItemRecordKinds.Item).AsNoTracking().ToListAsync(cancellationToken);
        return ProductGroupFilters.Select(items, filters, vertical).ToList();
    }

    private static string? Availability(JsonObject item) => item["attributes"]?["availability"]?.ToString();

    /// <summary>
    /// The product's metadata in the vertical's shape: retail <c>CatalogsRetailProductMetadata</c> (price as a number,
    /// availability as <c>IN_STOCK</c>/<c>OUT_OF_STOCK</c>/<c>PREORDER</c>, from the feed's "in stock" style values),
    /// hotel its id, creative assets its id and visibility.
    /// </summary>
    private static JsonObject Metadata(JsonObject item, string vertical)
    {
        var attributes = item["attributes"] as JsonObject ?? [];
        var idField = CatalogItemStore.IdField(vertical);
        switch (vertical)
        {
            case CatalogItemStore.Hotel:
                return new JsonObject { [idField] = item[idField]?.DeepClone() };
            case CatalogItemStore.CreativeAssets:
                return new JsonObject { [idField] = item[idField]?.DeepClone(), ["visibility"] = "VISIBLE" };
        }

        var price = attributes["price"]?.ToString().Split(' ') ?? [];
        var sale = attributes["sale_price"]?.ToString().Split(' ') ?? [];
        return new JsonObject
        {
            ["item_id"] = item["item_id"]?.DeepClone(),
            ["item_group_id"] = attributes["item_group_id"]?.DeepClone(),
            ["availability"] = (Availability(item) ?? "in stock").Replace(' ', '_').ToUpperInvariant(),
            ["price"] = Number(price),
            ["sale_price"] = sale.Length > 0 ? Number(sale) : null,
            ["currency"] = price.Length > 1 ? price[1] : "USD",
        };
    }

    private static double Number(string[] price) =>
        price.Length > 0 && double.TryParse(price[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
}
