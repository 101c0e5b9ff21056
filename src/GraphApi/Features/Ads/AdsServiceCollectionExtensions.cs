namespace GraphApi.Features.Ads;

internal static class AdsServiceCollectionExtensions
{
    /// <summary>The ads hierarchy's per-request loaders.</summary>
    public static IServiceCollection AddAdsLoaders(this IServiceCollection services)
    {
        services.AddScoped<AdAccountsByIdDataLoader>();
        return services;
    }
}
