using System.Text.Json;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Catalogs.ProductGroups;

/// <summary>Query of <c>catalogs_product_groups/list</c>.</summary>
public sealed record ListProductGroupsRequest
{
    /// <summary>Only these ids (1–1000, sent comma-separated: the spec's <c>explode: false</c>).</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Only this feed's groups.</summary>
    public string? FeedId { get; init; }

    /// <summary>Only this catalog's groups.</summary>
    public string? CatalogId { get; init; }

    /// <summary>Act as this ad account's owner (business access).</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Page size and bookmark.</summary>
    public PageRequest? Page { get; init; }
}

/// <summary>A catalog-based product group to create (<c>CatalogsVerticalProductGroupCreateRequest</c>).</summary>
public sealed record CreateProductGroupRequest
{
    /// <summary><c>RETAIL</c>, <c>HOTEL</c> or <c>CREATIVE_ASSETS</c>.</summary>
    public required string CatalogType { get; init; }

    /// <summary>The catalog.</summary>
    public required string CatalogId { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary><c>{"any_of": [...]}</c> or <c>{"all_of": [...]}</c> with at least one filter key.</summary>
    public required JsonElement Filters { get; init; }

    /// <summary>Country (retail and creative assets).</summary>
    public string? Country { get; init; }

    /// <summary>Locale (retail and creative assets).</summary>
    public string? Locale { get; init; }
}

/// <summary>A change to a catalog-based product group (<c>CatalogsVerticalProductGroupUpdateRequest</c>); absent fields stay.</summary>
public sealed record UpdateProductGroupRequest
{
    /// <summary>The group's vertical (the discriminator; required by the sandbox, optional in the spec).</summary>
    public required string CatalogType { get; init; }

    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New description.</summary>
    public string? Description { get; init; }

    /// <summary>New filters.</summary>
    public JsonElement? Filters { get; init; }

    /// <summary>New country.</summary>
    public string? Country { get; init; }

    /// <summary>New locale.</summary>
    public string? Locale { get; init; }
}

/// <summary>Body of <c>products_by_product_group_filter/list</c> in its catalog-based form.</summary>
public sealed record ProductsByFiltersRequest
{
    /// <summary><c>RETAIL</c>, <c>HOTEL</c> or <c>CREATIVE_ASSETS</c>.</summary>
    public required string CatalogType { get; init; }

    /// <summary>The catalog.</summary>
    public required string CatalogId { get; init; }

    /// <summary>Filters as for a product group.</summary>
    public required JsonElement Filters { get; init; }

    /// <summary>Country (required for retail).</summary>
    public string? Country { get; init; }

    /// <summary>Locale such as <c>en-US</c> (required for retail).</summary>
    public string? Locale { get; init; }
}
