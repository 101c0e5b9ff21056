using GraphApi.Accounts.Links;
using GraphApi.Admin.Integration;
namespace GraphApi.Execution.Scopes;

/// <summary>Loads the caller's <see cref="PinterestAccess"/> once per request (scoped), on first need.</summary>
internal sealed class PinterestAccessResolver(RequestAccountLink requestLink, ITenantApps tenantApps)
{
    private Task<PinterestAccess>? _access;

    public Task<PinterestAccess> GetAsync(CancellationToken cancellationToken) => _access ??= LoadAsync(cancellationToken);

    private async Task<PinterestAccess> LoadAsync(CancellationToken cancellationToken)
    {
        var (caller, connection) = await requestLink.GetAsync(cancellationToken);
        if (caller is not null && await tenantApps.GetAsync(caller.TenantId, cancellationToken) is { Enabled: false } app)
        {
            return PinterestAccess.NotConnected with { NotConfigured = app.NotConfiguredMessage };
        }

        if (caller is null || connection is null)
        {
            return PinterestAccess.NotConnected;
        }

        var granted = connection.GrantedScopes;
        IReadOnlySet<string> effective = caller.TokenPinterestScopes is { } narrowing
            ? granted.Where(narrowing.Contains).ToHashSet(StringComparer.Ordinal)
            : granted;
        return new PinterestAccess(connection.Status, granted, effective);
    }
}
