using System.Text.Json;
using GraphApi.Pinterest.Catalogs.Items;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// A catalog item as <c>items/post</c> returns it: the spec's <c>ItemResponse</c> is a retail, hotel or creative-assets
/// item, or an error entry for an id it could not answer. One interface over the four, so a client asks for the common
/// fields once and spreads on the vertical it knows.
/// </summary>
public sealed class CatalogItemInterface : InterfaceGraphType<CatalogItem>
{
    public CatalogItemInterface()
    {
        Name = "CatalogItem";
        Description = "An item of a catalog by its merchant ID. Concrete types: RetailCatalogItem, HotelCatalogItem, CreativeAssetsCatalogItem, and MissingCatalogItem for an ID Pinterest could not return.";
        Field<NonNullGraphType<StringGraphType>>("itemId").Description("The item's ID in the merchant's namespace (item_id, hotel_id or creative_assets_id).");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The item's vertical.");
    }
}

/// <summary>The fields every item type shares, and its attributes as JSON.</summary>
internal static class CatalogItemFields
{
    public static void AddCommon(ObjectGraphType<CatalogItem> type, string vertical, bool isError)
    {
        type.Interface<CatalogItemInterface>();
        type.IsTypeOf = source => source is CatalogItem item && item.CatalogType == vertical && item.IsError == isError;
        type.Field<NonNullGraphType<StringGraphType>>("itemId").Description("The item's ID in the merchant's namespace.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The item's vertical.").Resolve(c => c.Source.CatalogType);
        if (!isError)
        {
            type.Field<StringGraphType>("attributesJson")
                .Description("Every attribute Pinterest returned, as a JSON object text (the spec lists dozens per vertical; the typed fields are the common ones).")
                .Resolve(c => c.Source.Attributes?.GetRawText());
        }
    }

    public static string? Text(CatalogItem item, string name) =>
        item.Attributes is { ValueKind: JsonValueKind.Object } attributes && attributes.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : value.GetRawText()
            : null;

    public static IReadOnlyList<string>? Texts(CatalogItem item, string name) =>
        item.Attributes is { ValueKind: JsonValueKind.Object } attributes && attributes.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.ToString()).ToList() : value.ValueKind == JsonValueKind.String ? [value.GetString()!] : null
            : null;
}

public sealed class RetailCatalogItemType : ObjectGraphType<CatalogItem>
{
    public RetailCatalogItemType()
    {
        Name = "RetailCatalogItem";
        Description = "A product of a retail catalog.";
        CatalogItemFields.AddCommon(this, CatalogItemVerticals.Retail, isError: false);
        Field<StringGraphType>("title").Description("The product's title.").Resolve(c => CatalogItemFields.Text(c.Source, "title"));
        Field<StringGraphType>("description").Description("The product's description.").Resolve(c => CatalogItemFields.Text(c.Source, "description"));
        Field<StringGraphType>("link").Description("The product page.").Resolve(c => CatalogItemFields.Text(c.Source, "link"));
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("imageLinks").Description("The product's images.").Resolve(c => CatalogItemFields.Texts(c.Source, "image_link"));
        Field<StringGraphType>("price").Description("The price with its currency, as the feed spells it (\"24.99 USD\").").Resolve(c => CatalogItemFields.Text(c.Source, "price"));
        Field<StringGraphType>("salePrice").Description("The discounted price, when there is one.").Resolve(c => CatalogItemFields.Text(c.Source, "sale_price"));
        Field<StringGraphType>("availability").Description("\"in stock\", \"out of stock\", \"preorder\", ...").Resolve(c => CatalogItemFields.Text(c.Source, "availability"));
        Field<StringGraphType>("brand").Description("The brand.").Resolve(c => CatalogItemFields.Text(c.Source, "brand"));
        Field<StringGraphType>("itemGroupId").Description("The parent product of variants.").Resolve(c => CatalogItemFields.Text(c.Source, "item_group_id"));
    }
}

public sealed class HotelCatalogItemType : ObjectGraphType<CatalogItem>
{
    public HotelCatalogItemType()
    {
        Name = "HotelCatalogItem";
        Description = "A hotel of a hotel catalog.";
        CatalogItemFields.AddCommon(this, CatalogItemVerticals.Hotel, isError: false);
        Field<StringGraphType>("name").Description("The hotel's name.").Resolve(c => CatalogItemFields.Text(c.Source, "name"));
        Field<StringGraphType>("description").Description("The hotel's description.").Resolve(c => CatalogItemFields.Text(c.Source, "description"));
        Field<StringGraphType>("link").Description("The hotel's page.").Resolve(c => CatalogItemFields.Text(c.Source, "link"));
        Field<StringGraphType>("brand").Description("The hotel's brand.").Resolve(c => CatalogItemFields.Text(c.Source, "brand"));
    }
}

public sealed class CreativeAssetsCatalogItemType : ObjectGraphType<CatalogItem>
{
    public CreativeAssetsCatalogItemType()
    {
        Name = "CreativeAssetsCatalogItem";
        Description = "A creative asset of a creative-assets catalog.";
        CatalogItemFields.AddCommon(this, CatalogItemVerticals.CreativeAssets, isError: false);
        Field<StringGraphType>("title").Description("The asset's title.").Resolve(c => CatalogItemFields.Text(c.Source, "title"));
        Field<StringGraphType>("link").Description("Where the asset links.").Resolve(c => CatalogItemFields.Text(c.Source, "link"));
    }
}

public sealed class MissingCatalogItemType : ObjectGraphType<CatalogItem>
{
    public MissingCatalogItemType()
    {
        Name = "MissingCatalogItem";
        Description = "An ID Pinterest answered with errors instead of an item (the spec's error item entry), e.g. not in the catalog.";
        CatalogItemFields.AddCommon(this, CatalogItemVerticals.Retail, isError: true);
        IsTypeOf = source => source is CatalogItem { IsError: true };
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogItemValidationEventType>>>>("errors")
            .Description("Why the item was not returned.").Resolve(c => c.Source.Errors ?? []);
    }
}

public sealed class CatalogItemValidationEventType : ObjectGraphType<ItemValidationEvent>
{
    public CatalogItemValidationEventType()
    {
        Name = "CatalogItemValidationEvent";
        Description = "An error or warning about one item (Pinterest's ItemValidationEvent).";
        Field(e => e.Attribute, nullable: true).Description("The attribute concerned.");
        Field(e => e.Code, nullable: true).Description("Pinterest's event code.");
        Field(e => e.Message, nullable: true).Description("What is wrong.");
    }
}
