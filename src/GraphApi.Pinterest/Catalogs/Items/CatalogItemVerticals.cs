namespace GraphApi.Pinterest.Catalogs.Items;

/// <summary>The verticals of a catalog item (<c>CatalogsType</c>): which id field names an item in requests and answers.</summary>
public static class CatalogItemVerticals
{
    public const string Retail = "RETAIL";

    public const string Hotel = "HOTEL";

    public const string CreativeAssets = "CREATIVE_ASSETS";

    /// <summary>In the spec's order.</summary>
    public static readonly IReadOnlyList<string> All = [Retail, Hotel, CreativeAssets];

    /// <summary>The batch operations of <c>items_batch/post</c> (per-item <c>operation</c>).</summary>
    public static readonly IReadOnlyList<string> Operations = ["CREATE", "UPDATE", "UPSERT", "DELETE"];
}
