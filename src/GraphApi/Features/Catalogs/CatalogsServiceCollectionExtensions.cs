using GraphApi.Schema;

namespace GraphApi.Features.Catalogs;

internal static class CatalogsServiceCollectionExtensions
{
    /// <summary>The catalogs feature: its root fields and per-request loaders.</summary>
    public static IServiceCollection AddCatalogsFeature(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, CatalogQueries>();
        services.AddScoped<CatalogsByIdDataLoader>();
        return services;
    }
}
