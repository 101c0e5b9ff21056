using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// Readiness: false until leftover journal entries are recovered; degraded (still ready) while refreshed tokens are
/// held in memory because the database refused them, so an operator sees it on /health/ready.
/// </summary>
internal sealed class TokenDurabilityHealthCheck(TokenJournalRecovery recovery, PendingTokenWrites pending) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !recovery.Completed ? HealthCheckResult.Unhealthy("The token journal has not been recovered yet.")
            : pending.Count > 0 ? HealthCheckResult.Degraded($"{pending.Count} refreshed token set(s) are not in the database yet; they are served from memory and retried.")
            : HealthCheckResult.Healthy("No refreshed token set is waiting for the database."));
}
