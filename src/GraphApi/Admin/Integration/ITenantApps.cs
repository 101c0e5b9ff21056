namespace GraphApi.Admin.Integration;

/// <summary>The Pinterest app of a tenant: connect, code exchange, refresh and the per-request checks ask here.</summary>
public interface ITenantApps
{
    ValueTask<TenantApp> GetAsync(string tenantId, CancellationToken cancellationToken);
}
