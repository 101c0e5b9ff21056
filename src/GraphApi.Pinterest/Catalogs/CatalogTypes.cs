namespace GraphApi.Pinterest.Catalogs;

/// <summary>The spec's <c>CatalogsType</c> values: the vertical of a catalog, its feeds and its items.</summary>
public static class CatalogTypes
{
    public const string Retail = "RETAIL";
    public const string Hotel = "HOTEL";
    public const string CreativeAssets = "CREATIVE_ASSETS";

    /// <summary>Every value, in the spec's order.</summary>
    public static IReadOnlyList<string> All { get; } = [Retail, Hotel, CreativeAssets];
}
