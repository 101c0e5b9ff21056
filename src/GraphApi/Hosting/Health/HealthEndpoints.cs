using GraphApi.Accounts.Links.Durability;
using GraphApi.Cluster;
using GraphApi.Schema;
using GraphApi.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GraphApi.Hosting.Health;

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddGraphApiHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<SchemaWarmup>("schema", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<TokenDurabilityHealthCheck>("token-journal", tags: [ReadyTag]);
        if (configuration.IsRedisConfigured())
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        }

        return services;
    }

    /// <summary>
    /// <c>/health/live</c> runs no check (the process answers); <c>/health/ready</c> runs the checks tagged ready
    /// (the schema is built, the database answers, and Redis answers when configured).
    /// </summary>
    public static IEndpointRouteBuilder MapGraphApiHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
