using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>The body of <c>items/post</c> (<c>CatalogsItemsRequest</c>): items of one catalog and vertical by id.</summary>
public sealed record CatalogItemsRequest
{
    /// <summary>ISO 3166-1 alpha-2 country (required).</summary>
    public required string Country { get; init; }

    /// <summary>ISO 639-1 language or a catalogs locale (required).</summary>
    public required string Language { get; init; }

    /// <summary>Which items.</summary>
    public required CatalogItemsFilter Filters { get; init; }
}

/// <summary><c>CatalogsItemsPostFilters</c>: one vertical's id list (1–1000 ids).</summary>
public sealed record CatalogItemsFilter
{
    /// <summary>One of <see cref="CatalogItemVerticals"/>.</summary>
    public required string CatalogType { get; init; }

    /// <summary>The catalog; Pinterest defaults to the oldest catalog of the vertical when absent.</summary>
    public string? CatalogId { get; init; }

    /// <summary>Retail item ids.</summary>
    public IReadOnlyList<string>? ItemIds { get; init; }

    /// <summary>Hotel ids.</summary>
    public IReadOnlyList<string>? HotelIds { get; init; }

    /// <summary>Creative assets ids.</summary>
    public IReadOnlyList<string>? CreativeAssetsIds { get; init; }

    /// <summary>A filter for <paramref name="vertical"/> with <paramref name="ids"/> in the vertical's id field.</summary>
    public static CatalogItemsFilter For(string vertical, string? catalogId, IReadOnlyList<string> ids) => vertical switch
    {
        CatalogItemVerticals.Retail => new() { CatalogType = vertical, CatalogId = catalogId, ItemIds = ids },
        CatalogItemVerticals.Hotel => new() { CatalogType = vertical, CatalogId = catalogId, HotelIds = ids },
        CatalogItemVerticals.CreativeAssets => new() { CatalogType = vertical, CatalogId = catalogId, CreativeAssetsIds = ids },
        _ => throw new ArgumentOutOfRangeException(nameof(vertical), vertical, "Not a catalog vertical."),
    };

    /// <summary>The ids, whichever vertical.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Ids => ItemIds ?? HotelIds ?? CreativeAssetsIds ?? [];
}
