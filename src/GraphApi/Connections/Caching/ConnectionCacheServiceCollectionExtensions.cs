using GraphApi.Connections.Durability;
using GraphApi.Connections.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Connections.Caching;

internal static class ConnectionCacheServiceCollectionExtensions
{
    /// <summary>
    /// The connection store as components see it: the EF Core store behind <see cref="CachingPinterestConnectionStore"/>
    /// (the EF store is registered under <see cref="CachingPinterestConnectionStore.InnerKey"/>, so tests can wrap it).
    /// </summary>
    public static IServiceCollection AddCachedConnectionStore(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<ConnectionCacheOptions>, ConnectionCacheOptionsValidator>();
        services.AddOptions<ConnectionCacheOptions>().BindConfiguration(ConnectionCacheOptions.SectionName).ValidateOnStart();
        services.AddSingleton<ConnectionCache>();
        services.TryAddSingleton<PendingTokenWrites>();
        services.AddKeyedScoped<IPinterestConnectionStore, EfPinterestConnectionStore>(CachingPinterestConnectionStore.InnerKey);
        services.AddScoped<CachingPinterestConnectionStore>();
        services.AddScoped<IPinterestConnectionStore>(sp => sp.GetRequiredService<CachingPinterestConnectionStore>());
        return services;
    }
}
