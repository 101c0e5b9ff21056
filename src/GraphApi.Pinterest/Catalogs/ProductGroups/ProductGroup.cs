using System.Text.Json;

namespace GraphApi.Pinterest.Catalogs.ProductGroups;

/// <summary>A catalog product group (<c>CatalogsVerticalProductGroup</c>: retail, hotel or creative assets).</summary>
public sealed record ProductGroup
{
    /// <summary>Product group id (digits).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The catalog it belongs to.</summary>
    public string? CatalogId { get; init; }

    /// <summary><c>RETAIL</c>, <c>HOTEL</c> or <c>CREATIVE_ASSETS</c>.</summary>
    public string CatalogType { get; init; } = string.Empty;

    /// <summary>The feed it belongs to (retail).</summary>
    public string? FeedId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary><c>ACTIVE</c> or <c>INACTIVE</c>.</summary>
    public string? Status { get; init; }

    /// <summary><c>MERCHANT_CREATED</c>, <c>ALL_PRODUCTS</c>, ... (auto-generated groups cannot be changed).</summary>
    public string? Type { get; init; }

    /// <summary>The filters (<c>{"any_of": [...]}</c> or <c>{"all_of": [...]}</c> of filter keys), kept as JSON: dozens of keys per vertical.</summary>
    public JsonElement? Filters { get; init; }

    /// <summary>Country, when the group is country-specific.</summary>
    public string? Country { get; init; }

    /// <summary>Locale, when the group is locale-specific.</summary>
    public string? Locale { get; init; }

    /// <summary>Creation time in Unix seconds (Pinterest's example shows milliseconds).</summary>
    public long? CreatedAt { get; init; }

    /// <summary>Last update in Unix seconds.</summary>
    public long? UpdatedAt { get; init; }
}
