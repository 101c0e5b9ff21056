using GraphApi.Pinterest.Catalogs;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>The spec's <c>CatalogsType</c>: a catalog's (and its feeds' and items') vertical.</summary>
public sealed class CatalogVerticalEnumType : EnumerationGraphType
{
    public CatalogVerticalEnumType()
    {
        Name = "CatalogVertical";
        Description = "What a catalog holds: products (RETAIL), hotels (HOTEL) or creative assets (CREATIVE_ASSETS).";
        foreach (var value in CatalogTypes.All)
        {
            Add(value, value);
        }
    }
}
