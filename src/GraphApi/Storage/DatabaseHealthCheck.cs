using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphApi.Storage;

/// <summary>Ready only when the connection store answers: without it no caller can reach Pinterest.</summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The connection store answers.")
            : HealthCheckResult.Unhealthy("The connection store cannot be reached.");
    }
}
