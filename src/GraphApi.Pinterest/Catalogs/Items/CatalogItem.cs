using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>The answer of <c>items/post</c> (<c>CatalogsItems</c>).</summary>
public sealed record CatalogItems
{
    /// <summary>One entry per id found, or an error entry (<c>errors</c> set) per id Pinterest could not return.</summary>
    public IReadOnlyList<CatalogItem> Items { get; init; } = [];
}

/// <summary>
/// One entry of <c>ItemResponse</c>: a retail, hotel or creative-assets item, or the error shape the spec returns for an id
/// it cannot answer (<see cref="Errors"/> set, no attributes). The id sits in the vertical's own field.
/// </summary>
public sealed record CatalogItem
{
    /// <summary>One of <see cref="CatalogItemVerticals"/>.</summary>
    public string CatalogType { get; init; } = string.Empty;

    /// <summary>Retail item id (merchant namespace).</summary>
    public string? ItemId { get; init; }

    /// <summary>Hotel id.</summary>
    public string? HotelId { get; init; }

    /// <summary>Creative assets id.</summary>
    public string? CreativeAssetsId { get; init; }

    /// <summary>The vertical's attributes (<c>ItemAttributes</c>, <c>CatalogsHotelAttributes</c>,
    /// <c>CatalogsCreativeAssetsAttributes</c>), kept as JSON: dozens of optional fields the gateway passes through.</summary>
    public JsonElement? Attributes { get; init; }

    /// <summary>Error entries only: why the id was not returned.</summary>
    public IReadOnlyList<ItemValidationEvent>? Errors { get; init; }

    /// <summary>The item's id, whichever vertical.</summary>
    [JsonIgnore]
    public string? Id => ItemId ?? HotelId ?? CreativeAssetsId;

    /// <summary>True for the error shape.</summary>
    [JsonIgnore]
    public bool IsError => Errors is not null && Attributes is null;
}

/// <summary><c>ItemValidationEvent</c>: an error or warning about one item.</summary>
public sealed record ItemValidationEvent
{
    /// <summary>The attribute concerned.</summary>
    public string? Attribute { get; init; }

    /// <summary>Pinterest's event code.</summary>
    public int? Code { get; init; }

    /// <summary>What is wrong.</summary>
    public string? Message { get; init; }
}
