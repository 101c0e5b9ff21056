using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GraphApi.Cluster;

public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Redis</c> section (validated on start) and, when <c>Redis:Configuration</c> is set, one
    /// <see cref="IConnectionMultiplexer"/> for the process (StackExchange.Redis multiplexes every caller over it).
    /// It connects in the background and reconnects by itself (AbortOnConnectFail off): a Redis restart makes the
    /// instance unready for a moment instead of stopping it.
    /// </summary>
    public static IServiceCollection AddGraphApiCluster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>();
        services.AddSingleton<RedisKeys>();
        services.AddOptions<ClusterOptions>()
            .BindConfiguration(ClusterOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        services.AddSingleton<ClusterLocks>();

        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>();
        if (redis?.IsConfigured == true)
        {
            services.AddSingleton<IConnectionMultiplexer>(provider =>
            {
                var options = ConfigurationOptions.Parse(provider.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration!);
                options.AbortOnConnectFail = false;
                options.ClientName ??= "graphapi";
                return ConnectionMultiplexer.Connect(options);
            });
        }

        return services;
    }

    /// <summary>True when this instance shares state through Redis (the section is bound before the container is built).</summary>
    public static bool IsRedisConfigured(this IConfiguration configuration) =>
        configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>()?.IsConfigured == true;

    /// <summary>
    /// True when the database is PostgreSQL (<c>Storage:Provider</c> = Postgres): then several instances may share it even
    /// without Redis. Read from configuration here, not from the storage options, so Cluster/ does not depend on Storage/
    /// (which validates the same settings on start).
    /// </summary>
    public static bool IsPostgresStorage(this IConfiguration configuration, out string connectionString)
    {
        connectionString = configuration["Storage:ConnectionString"] ?? "";
        return string.Equals(configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase) &&
               connectionString.Length > 0;
    }

    /// <summary>True when more than one instance can share this deployment's state (Redis or a PostgreSQL database).</summary>
    public static bool MayRunSeveralInstances(this IConfiguration configuration) =>
        configuration.IsRedisConfigured() || configuration.IsPostgresStorage(out _);
}
