using System.Text.Json;

namespace GraphApi.Pinterest.Catalogs.ProductGroups;

/// <summary>Product counts of a group (<c>CatalogsProductGroupProductCountsVertical</c>); hotel and creative-assets groups
/// carry <see cref="Total"/> only.</summary>
public sealed record ProductGroupProductCounts
{
    /// <summary>The vertical.</summary>
    public string CatalogType { get; init; } = string.Empty;

    /// <summary>All products.</summary>
    public double Total { get; init; }

    /// <summary>Retail: in stock.</summary>
    public double? InStock { get; init; }

    /// <summary>Retail: out of stock.</summary>
    public double? OutOfStock { get; init; }

    /// <summary>Retail: on preorder.</summary>
    public double? Preorder { get; init; }

    /// <summary>Retail: with videos.</summary>
    public double? Videos { get; init; }
}

/// <summary>One product of a group (<c>CatalogsProduct</c>): the item's metadata and the Pin that shows it.</summary>
public sealed record CatalogProduct
{
    /// <summary>The vertical.</summary>
    public string CatalogType { get; init; } = string.Empty;

    /// <summary>The item's metadata, kept as JSON.</summary>
    public JsonElement? Metadata { get; init; }

    /// <summary>The product Pin.</summary>
    public Pins.Pin? Pin { get; init; }
}
