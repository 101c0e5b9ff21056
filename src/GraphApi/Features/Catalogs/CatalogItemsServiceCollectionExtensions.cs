using GraphApi.Schema;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>Catalog items and product groups (issue 18): their root fields, loaders, and the item types behind the CatalogItem interface.</summary>
internal static class CatalogItemsServiceCollectionExtensions
{
    public static IServiceCollection AddCatalogItemsFeature(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, CatalogItemQueries>();
        services.AddSingleton<IMutationFields, CatalogItemMutations>();
        services.AddSingleton<IMutationFields, ProductGroupMutations>();
        services.AddScoped<CatalogItemsByIdDataLoader>();
        services.AddScoped<ProductGroupsByIdDataLoader>();
        services.AddSingleton<IConfigureSchema, CatalogItemTypesRegistration>();
        return services;
    }

    /// <summary>The item types are reachable only through the CatalogItem interface, so the schema must be told about them.</summary>
    private sealed class CatalogItemTypesRegistration : IConfigureSchema
    {
        public void Configure(ISchema schema, IServiceProvider serviceProvider) =>
            schema.RegisterTypes(typeof(RetailCatalogItemType), typeof(HotelCatalogItemType), typeof(CreativeAssetsCatalogItemType), typeof(MissingCatalogItemType));
    }
}
