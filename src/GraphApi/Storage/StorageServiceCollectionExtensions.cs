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
    /// by default (<c>Storage:ConnectionString</c> overrides it), and Data Protection keys persisted beside it so stored
    /// tokens still decrypt after a restart.
    /// </summary>
    public static IServiceCollection AddGraphApiStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var data = DataDirectory.From(configuration, environment);
        services.AddSingleton(data);
        var connectionString = configuration[ConnectionStringCheck.SettingKey] is { Length: > 0 } configured
            ? ConnectionStringCheck.Validate(configured)
            : $"Data Source={data.Combine("graphapi.db")}";
        // Options once for the process, not per request scope: building them (UseSqlite, warning configuration) was
        // ~2 % of every request's allocations although they never change (measured in docs/performance/profile.md).
        services.AddDbContext<GraphApiDbContext>(options => options.UseSqlite(connectionString), ServiceLifetime.Scoped, ServiceLifetime.Singleton);

        // The key ring is wrapped with DataProtection:Certificate or :KeyEncryptionKey when set (docs/security/keys.md).
        var keyRing = KeyRingFolder.In(data);
        services.AddDataProtection()
            .SetApplicationName("GraphApi")
            .PersistKeysToFileSystem(new DirectoryInfo(keyRing.Path))
            .ProtectKeysFromConfiguration(keyRing, configuration, environment);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TokenProtector>();
        services.AddCachedAccountLinkStore();
        services.AddScoped<IPendingCompletionStore, EfPendingCompletionStore>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
