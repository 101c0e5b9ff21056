using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

public sealed class ProductGroupType : ObjectGraphType<ProductGroup>
{
    public ProductGroupType()
    {
        Name = "ProductGroup";
        Description = "A catalog product group: the items its filters select (for shopping ads and collections).";
        Interface<NodeInterface>();
        IsTypeOf = source => source is ProductGroup;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).").Resolve(c => GlobalId.Encode(NodeTypes.ProductGroup, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own product group ID.").Resolve(c => c.Source.Id);
        Field(g => g.CatalogId, nullable: true).Description("The catalog's Pinterest ID.");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The catalog's vertical.").Resolve(c => c.Source.CatalogType);
        Field(g => g.FeedId, nullable: true).Description("The feed of a feed-based group.");
        Field(g => g.Name, nullable: true).Description("The name.");
        Field(g => g.Description, nullable: true).Description("The description.");
        Field(g => g.Status, nullable: true).Description("ACTIVE or INACTIVE (retail groups).");
        Field(g => g.Type, nullable: true).Description("MERCHANT_CREATED, or how Pinterest generated it (ALL_PRODUCTS, BEST_DEALS, ALL_LISTINGS, ...): generated groups cannot be changed.");
        Field(g => g.Country, nullable: true).Description("Country of a country-specific retail group.");
        Field(g => g.Locale, nullable: true).Description("Locale of a locale-specific retail group.");
        Field<ProductGroupFiltersType>("filters").Description("Which items it holds.").Resolve(c => ProductGroupFilters.From(c.Source.Filters));
        Field<DateTimeGraphType>("createdAt").Description("Created (UTC).").Resolve(c => Time(c.Source.CreatedAt));
        Field<DateTimeGraphType>("updatedAt").Description("Last changed (UTC).").Resolve(c => Time(c.Source.UpdatedAt));
        Field<ProductGroupProductCountsType>("productCounts").Description("How many products it holds (one call per group).")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.ParentKey)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveAsync(async c => await c.Pinterest().ProductGroups.GetProductCountsAsync(c.Source.Id, cancellationToken: c.CancellationToken));
        Field<CatalogProductConnectionType>("products").Description("Its products, each with the Pin that shows it.").Paged()
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.CatalogsRead, PinterestScopes.PinsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().ProductGroups.ListProductsAsync(c.Source.Id, page, cancellationToken: ct)));
    }

    /// <summary>The spec says Unix seconds, its example shows milliseconds: a value past year 5000 in seconds is read as milliseconds.</summary>
    public static DateTime? Time(long? value) => value switch
    {
        null => null,
        > 100_000_000_000 => DateTimeOffset.FromUnixTimeMilliseconds(value.Value).UtcDateTime,
        _ => DateTimeOffset.FromUnixTimeSeconds(value.Value).UtcDateTime,
    };
}

public sealed class ProductGroupConnectionType() : ConnectionType<ProductGroupType, ProductGroupEdgeType, ProductGroup>("ProductGroup");

public sealed class ProductGroupEdgeType() : EdgeType<ProductGroupType, ProductGroup>("ProductGroup");

public sealed class ProductGroupProductCountsType : ObjectGraphType<ProductGroupProductCounts>
{
    public ProductGroupProductCountsType()
    {
        Name = "ProductGroupProductCounts";
        Description = "Product counts of a group; hotel and creative-assets groups have the total only.";
        Field<NonNullGraphType<IntGraphType>>("total").Description("All products.").Resolve(c => (int)c.Source.Total);
        Field<IntGraphType>("inStock").Description("Retail: in stock.").Resolve(c => (int?)c.Source.InStock);
        Field<IntGraphType>("outOfStock").Description("Retail: out of stock.").Resolve(c => (int?)c.Source.OutOfStock);
        Field<IntGraphType>("preorder").Description("Retail: on preorder.").Resolve(c => (int?)c.Source.Preorder);
        Field<IntGraphType>("videos").Description("Retail: with videos.").Resolve(c => (int?)c.Source.Videos);
    }
}

public sealed class CatalogProductType : ObjectGraphType<CatalogProduct>
{
    public CatalogProductType()
    {
        Name = "CatalogProduct";
        Description = "A product of a product group: its item's metadata and the Pin that shows it.";
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The vertical.").Resolve(c => c.Source.CatalogType);
        Field<StringGraphType>("itemId").Description("The item's merchant ID.").Resolve(c => Text(c.Source, "item_id") ?? Text(c.Source, "hotel_id") ?? Text(c.Source, "creative_assets_id"));
        Field<StringGraphType>("availability").Description("Retail: IN_STOCK, OUT_OF_STOCK or PREORDER.").Resolve(c => Text(c.Source, "availability"));
        Field<FloatGraphType>("price").Description("Retail: the price.").Resolve(c => Number(c.Source, "price"));
        Field<FloatGraphType>("salePrice").Description("Retail: the sale price.").Resolve(c => Number(c.Source, "sale_price"));
        Field<StringGraphType>("currency").Description("Retail: the currency (USD, EUR, ...).").Resolve(c => Text(c.Source, "currency"));
        Field<StringGraphType>("metadataJson").Description("The product metadata as Pinterest's JSON object text.").Resolve(c => c.Source.Metadata?.GetRawText());
        Field<PinType>("pin").Description("The product Pin (part of this answer: no further call).").Resolve(c => c.Source.Pin);
    }

    private static string? Text(CatalogProduct product, string name) =>
        product.Metadata is { ValueKind: System.Text.Json.JsonValueKind.Object } m && m.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;

    private static double? Number(CatalogProduct product, string name) =>
        product.Metadata is { ValueKind: System.Text.Json.JsonValueKind.Object } m && m.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetDouble() : null;
}

public sealed class CatalogProductConnectionType() : ConnectionType<CatalogProductType, CatalogProductEdgeType, CatalogProduct>("CatalogProduct");

public sealed class CatalogProductEdgeType() : EdgeType<CatalogProductType, CatalogProduct>("CatalogProduct");
