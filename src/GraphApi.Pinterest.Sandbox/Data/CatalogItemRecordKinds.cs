namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>The values of <see cref="CatalogItemRecordEntity.Kind"/>.</summary>
internal static class CatalogItemRecordKinds
{
    public const string Item = "item";
    public const string ProductGroup = "product_group";
    public const string Batch = "batch";
}
