using System.Text.Json;

namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>
/// The body of <c>items_batch/post</c> in its vertical form (<c>CatalogsRetailBatchRequest</c>,
/// <c>CatalogsHotelBatchRequest</c>, <c>CatalogsCreativeAssetsBatchRequest</c>): 1–1000 item operations of one vertical.
/// The legacy retail-only form (one operation for the whole batch) is not sent.
/// </summary>
public sealed record CatalogItemsBatchRequest
{
    /// <summary>One of <see cref="CatalogItemVerticals"/>.</summary>
    public required string CatalogType { get; init; }

    /// <summary>The catalog; Pinterest defaults to the oldest catalog of the vertical when absent.</summary>
    public string? CatalogId { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country.</summary>
    public required string Country { get; init; }

    /// <summary>ISO 639-1 language or a catalogs locale.</summary>
    public required string Language { get; init; }

    /// <summary>1–1000 operations.</summary>
    public required IReadOnlyList<CatalogItemOperation> Items { get; init; }
}

/// <summary>One item operation of a batch (<c>CatalogsCreateRetailItem</c>, <c>CatalogsUpdateHotelItem</c>, ...).</summary>
public sealed record CatalogItemOperation
{
    /// <summary><c>CREATE</c>, <c>UPDATE</c>, <c>UPSERT</c> or <c>DELETE</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>Retail item id.</summary>
    public string? ItemId { get; init; }

    /// <summary>Hotel id.</summary>
    public string? HotelId { get; init; }

    /// <summary>Creative assets id.</summary>
    public string? CreativeAssetsId { get; init; }

    /// <summary>The vertical's attributes (required but for DELETE).</summary>
    public JsonElement? Attributes { get; init; }

    /// <summary>Retail UPDATE only: the attributes to change (attributes named here but absent are deleted).</summary>
    public IReadOnlyList<string>? UpdateMask { get; init; }

    /// <summary>An operation on the vertical's id field.</summary>
    public static CatalogItemOperation For(string vertical, string operation, string id, JsonElement? attributes, IReadOnlyList<string>? updateMask = null) => vertical switch
    {
        CatalogItemVerticals.Retail => new() { Operation = operation, ItemId = id, Attributes = attributes, UpdateMask = updateMask },
        CatalogItemVerticals.Hotel => new() { Operation = operation, HotelId = id, Attributes = attributes },
        CatalogItemVerticals.CreativeAssets => new() { Operation = operation, CreativeAssetsId = id, Attributes = attributes },
        _ => throw new ArgumentOutOfRangeException(nameof(vertical), vertical, "Not a catalog vertical."),
    };
}
