namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>A catalog: the root of feeds, items and product groups. Typed columns, since lists filter by owner.</summary>
internal sealed class CatalogEntity
{
    public required string Id { get; set; }

    /// <summary>The user who owns the catalog (the business account).</summary>
    public required string OwnerId { get; set; }

    public string? Name { get; set; }

    /// <summary>RETAIL, HOTEL or CREATIVE_ASSETS.</summary>
    public required string CatalogType { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
