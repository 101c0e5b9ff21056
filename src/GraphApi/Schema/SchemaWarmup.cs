using GraphQL.Types;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphApi.Schema;

/// <summary>
/// Builds and validates the schema while the host starts, so a broken schema stops the start instead of
/// failing the first user's request, and readiness only turns healthy once the schema is usable.
/// </summary>
internal sealed class SchemaWarmup(ISchema schema) : IHostedService, IHealthCheck
{
    private volatile bool _ready;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        schema.Initialize();
        _ready = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy("Schema built.") : HealthCheckResult.Unhealthy("Schema not built yet."));
}
