using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Caching;
using GraphApi.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The gateway's database (account links, connect state, idempotency records): EF Core on SQLite in the data folder
    /// by default (<c>Storage:ConnectionString</c> overrides it), or on PostgreSQL with <c>Storage:Provider=Postgres</c>;
    /// and the Data Protection key ring, so stored tokens still decrypt after a restart: beside the SQLite file, or in
    /// the PostgreSQL database where every instance reads the same ring.
    /// </summary>
    public static IServiceCollection AddGraphApiStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var data = DataDirectory.From(configuration, environment);
        services.AddSingleton(data);
        var settings = StorageSettings.From(configuration, data);
        services.AddSingleton(settings);
        var connectionString = settings.ConnectionString;

        // Options once for the process, not per request scope: building them (UseSqlite, warning configuration) was
        // ~2 % of every request's allocations although they never change (measured in docs/performance/profile.md).
        // Consumers ask for GraphApiDbContext; the concrete context is registered too (Data Protection asks for it).
        var keyRing = KeyRingFolder.In(data);
        var dataProtection = services.AddDataProtection().SetApplicationName("GraphApi");
        if (settings.Provider == StorageProvider.Postgres)
        {
            services.AddDbContext<GraphApiDbContext, PostgresGraphApiDbContext>(options => options.UseNpgsql(connectionString), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.TryAddScoped(provider => (PostgresGraphApiDbContext)provider.GetRequiredService<GraphApiDbContext>());
            dataProtection.PersistKeysToDbContext<PostgresGraphApiDbContext>();
            services.AddSingleton(KeyRingLocation.PostgresTable);
        }
        else
        {
            services.AddDbContext<GraphApiDbContext, SqliteGraphApiDbContext>(options => options.UseSqlite(connectionString), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.TryAddScoped(provider => (SqliteGraphApiDbContext)provider.GetRequiredService<GraphApiDbContext>());
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keyRing.Path));
            services.AddSingleton(KeyRingLocation.Folder(keyRing));
        }

        // The key ring is wrapped with DataProtection:Certificate or :KeyEncryptionKey when set (docs/security/keys.md),
        // whichever repository holds it.
        dataProtection.ProtectKeysFromConfiguration(keyRing, configuration, environment);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TokenProtector>();
        services.AddCachedAccountLinkStore();
        services.AddScoped<IPendingCompletionStore, EfPendingCompletionStore>();
        if (settings.Provider == StorageProvider.Postgres)
        {
            // Before the key ring check and Data Protection's own start: both read the key table the migrations create.
            var firstHostedService = services.TakeWhile(d => d.ServiceType != typeof(IHostedService)).Count();
            services.Insert(firstHostedService, ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());
        }
        else
        {
            services.AddHostedService<DatabaseInitializer>();
        }

        return services;
    }
}
