using GraphApi.Connections;
using GraphApi.Connections.Caching;
using GraphApi.Connections.Storage;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Connections.Caching;

/// <summary>The real host with the connection cache on a <see cref="ManualClock"/> and the EF store's reads counted.</summary>
public sealed class ConnectionCacheHostFactory : GraphApiFactory
{
    public ManualClock Clock { get; } = new();

    public StoreReads Reads { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(sp => new ConnectionCache(sp.GetRequiredService<IOptions<ConnectionCacheOptions>>(), Clock));
            services.AddKeyedScoped<IPinterestConnectionStore>(
                CachingPinterestConnectionStore.InnerKey,
                (sp, _) => new CountingConnectionStore(ActivatorUtilities.CreateInstance<EfPinterestConnectionStore>(sp), Reads));
        });
    }
}
