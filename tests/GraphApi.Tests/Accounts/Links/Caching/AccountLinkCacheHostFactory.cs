using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Caching;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Accounts.Links.Caching;

/// <summary>The real host with the connection cache on a <see cref="ManualClock"/> and the EF store's reads counted.</summary>
public sealed class AccountLinkCacheHostFactory : GraphApiFactory
{
    public ManualClock Clock { get; } = new();

    public StoreReads Reads { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(sp => new AccountLinkCache(sp.GetRequiredService<IOptions<AccountLinkCacheOptions>>(), Clock));
            services.AddKeyedScoped<IAccountLinkStore>(
                CachingAccountLinkStore.InnerKey,
                (sp, _) => new CountingAccountLinkStore(ActivatorUtilities.CreateInstance<EfAccountLinkStore>(sp), Reads));
        });
    }
}
