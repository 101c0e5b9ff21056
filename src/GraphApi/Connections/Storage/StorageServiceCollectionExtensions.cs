using GraphApi.Connections.Caching;
using GraphApi.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.Connections.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The connection store: EF Core on SQLite in the data folder by default (<c>Storage:ConnectionString</c> overrides
    /// it), and Data Protection keys persisted beside it so stored tokens still decrypt after a restart.
    /// </summary>
    public static IServiceCollection AddConnectionStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var data = DataDirectory.From(configuration, environment);
        services.AddSingleton(data);
        var connectionString = configuration[ConnectionStringCheck.SettingKey] is { Length: > 0 } configured
            ? ConnectionStringCheck.Validate(configured)
            : $"Data Source={data.Combine("graphapi.db")}";
        services.AddDbContext<GraphApiDbContext>(options => options.UseSqlite(connectionString));

        services.AddDataProtection()
            .SetApplicationName("GraphApi")
            .PersistKeysToFileSystem(new DirectoryInfo(data.Combine("keys")));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TokenProtector>();
        services.AddCachedConnectionStore();
        services.AddScoped<IPendingCompletionStore, EfPendingCompletionStore>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
