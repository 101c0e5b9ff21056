namespace GraphApi.Features.Ads;

internal static class AdsServiceCollectionExtensions
{
    /// <summary>The ads hierarchy's per-request loaders.</summary>
    public static IServiceCollection AddAdsLoaders(this IServiceCollection services)
    {
        services.AddScoped<AdAccountsByIdDataLoader>();
        services.AddScoped<CampaignsByIdDataLoader>();
        services.AddScoped<AdGroupsByIdDataLoader>();
        services.AddScoped<AdsByIdDataLoader>();
        services.AddScoped<AdsAnalyticsDataLoader>();
        return services;
    }
}
