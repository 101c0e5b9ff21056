using GraphApi.Schema;

namespace GraphApi.Features.BusinessAccess;

internal static class BusinessAccessServiceCollectionExtensions
{
    /// <summary>Business Access: the business(id) field, its mutations and per-request loaders.</summary>
    public static IServiceCollection AddBusinessAccessFeature(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, BusinessQueries>();
        services.AddSingleton<IMutationFields, BusinessMutations>();
        services.AddScoped<BusinessesDataLoader>();
        services.AddScoped<BusinessRelationsByIdDataLoader>();
        return services;
    }
}
