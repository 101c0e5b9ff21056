namespace GraphApi.Pinterest.Catalogs;

/// <summary>Body of <c>POST /catalogs</c> (<c>CatalogsCreateRequest</c>; no other property is allowed).</summary>
public sealed record CreateCatalogRequest
{
    /// <summary>One of <see cref="CatalogTypes"/>.</summary>
    public required string CatalogType { get; init; }

    /// <summary>A human-friendly name.</summary>
    public required string Name { get; init; }
}
