using GraphApi.Connections;
using GraphApi.Identity;

namespace GraphApi.Authorization;

/// <summary>Loads the caller's <see cref="PinterestAccess"/> once per request (scoped), on first need.</summary>
internal sealed class PinterestAccessResolver(IHttpContextAccessor httpContextAccessor, IPinterestConnectionStore store)
{
    private Task<PinterestAccess>? _access;

    public Task<PinterestAccess> GetAsync(CancellationToken cancellationToken) => _access ??= LoadAsync(cancellationToken);

    private async Task<PinterestAccess> LoadAsync(CancellationToken cancellationToken)
    {
        var principal = httpContextAccessor.HttpContext?.User;
        var caller = principal is null ? null : Caller.From(principal);
        if (caller is null)
        {
            return PinterestAccess.NotConnected;
        }

        var connection = await store.FindAsync(ConnectionKey.For(caller), cancellationToken);
        if (connection is null)
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
