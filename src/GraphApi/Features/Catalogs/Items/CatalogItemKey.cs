namespace GraphApi.Features.Catalogs;

/// <summary>
/// One catalog item to load: <c>items/post</c> reads one catalog, vertical, country and language per call, so those
/// four group the keys and the item id tells them apart.
/// </summary>
public readonly record struct CatalogItemKey(string CatalogId, string Vertical, string Country, string Language, string ItemId)
{
    public (string CatalogId, string Vertical, string Country, string Language) Group => (CatalogId, Vertical, Country, Language);
}
