namespace GraphApi.Pinterest.Catalogs;

/// <summary>A catalog (<c>Catalog</c> schema): a retail, hotel or creative-assets inventory a business owns.</summary>
public sealed record Catalog
{
    /// <summary>Catalog id (digits).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The catalog's name; Pinterest allows null.</summary>
    public string? Name { get; init; }

    /// <summary>One of <see cref="CatalogTypes"/>.</summary>
    public string? CatalogType { get; init; }

    /// <summary>When the catalog was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the catalog last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
