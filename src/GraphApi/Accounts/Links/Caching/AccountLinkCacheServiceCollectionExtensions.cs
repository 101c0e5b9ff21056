using GraphApi.Accounts.Links.Durability;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links.Caching;

internal static class AccountLinkCacheServiceCollectionExtensions
{
    /// <summary>
    /// The link store as components see it: the EF Core store behind <see cref="CachingAccountLinkStore"/>
    /// (the EF store is registered under <see cref="CachingAccountLinkStore.InnerKey"/>, so tests can wrap it).
    /// </summary>
    public static IServiceCollection AddCachedAccountLinkStore(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<AccountLinkCacheOptions>, AccountLinkCacheOptionsValidator>();
        services.AddOptions<AccountLinkCacheOptions>().BindConfiguration(AccountLinkCacheOptions.SectionName).ValidateOnStart();
        services.AddSingleton<AccountLinkCache>();
        services.AddHostedService<LinkChangeNotifications>();
        services.TryAddSingleton<PendingTokenWrites>();
        services.AddKeyedScoped<IAccountLinkStore, EfAccountLinkStore>(CachingAccountLinkStore.InnerKey);
        services.AddScoped<CachingAccountLinkStore>();
        services.AddScoped<IAccountLinkStore>(sp => sp.GetRequiredService<CachingAccountLinkStore>());
        return services;
    }
}
