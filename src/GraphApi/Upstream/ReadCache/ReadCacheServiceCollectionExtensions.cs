using Microsoft.Extensions.Options;

namespace GraphApi.Upstream.ReadCache;

internal static class ReadCacheServiceCollectionExtensions
{
    /// <summary>The <c>ReadCache</c> section (validated on start, off by default), the cache and its handler for the Pinterest client.</summary>
    public static IServiceCollection AddReadCache(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<ReadCacheOptions>, ReadCacheOptionsValidator>();
        services.AddOptions<ReadCacheOptions>().BindConfiguration(ReadCacheOptions.SectionName).ValidateOnStart();
        services.AddSingleton<ReadAnswerCache>();
        services.AddHostedService(provider => provider.GetRequiredService<ReadAnswerCache>());
        services.AddTransient<ReadCacheHandler>();
        return services;
    }
}
