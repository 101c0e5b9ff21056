using GraphApi.Storage;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Admin.Integration;

/// <summary>The <c>integration_settings</c> table: one row per tenant, written only by the admin API.</summary>
internal sealed class IntegrationSettingsStore(GraphApiDbContext db, IntegrationSecretProtector protector, TimeProvider time)
{
    public Task<IntegrationSettingsEntity?> FindAsync(string tenantId, CancellationToken cancellationToken) =>
        db.IntegrationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);

    public string? UnprotectSecret(IntegrationSettingsEntity entity) =>
        entity.ProtectedClientSecret is { } secret ? protector.Unprotect(secret) : null;

    /// <summary>Inserts or replaces the tenant's row. A change without a new secret keeps the stored one.</summary>
    public async Task SaveAsync(string tenantId, IntegrationSettingsChange change, string updatedBy, CancellationToken cancellationToken)
    {
        var entity = await db.IntegrationSettings.SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        if (entity is null)
        {
            entity = new IntegrationSettingsEntity { TenantId = tenantId, ClientId = change.ClientId, Scopes = "", UpdatedBy = updatedBy };
            db.IntegrationSettings.Add(entity);
        }

        if (change.NewSecret is { } newSecret)
        {
            entity.ProtectedClientSecret = protector.Protect(newSecret);
        }
        else if (!string.Equals(entity.ClientId, change.ClientId, StringComparison.Ordinal))
        {
            // A secret belongs to its app: a new client ID never inherits the old app's secret.
            entity.ProtectedClientSecret = null;
        }

        entity.ClientId = change.ClientId;
        entity.Scopes = IntegrationScopes.Join(change.Scopes);
        entity.Tier = change.Tier;
        entity.Enabled = change.Enabled;
        entity.UpdatedAt = time.GetUtcNow();
        entity.UpdatedBy = updatedBy;
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>What an admin saves. <see cref="NewSecret"/> null keeps the stored secret.</summary>
internal sealed record IntegrationSettingsChange(string ClientId, string? NewSecret, IReadOnlyList<string> Scopes, AccessTier Tier, bool Enabled)
{
    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"IntegrationSettingsChange {{ ClientId = {ClientId}, NewSecret = {(NewSecret is null ? "none" : "***")}, Enabled = {Enabled} }}";
}
