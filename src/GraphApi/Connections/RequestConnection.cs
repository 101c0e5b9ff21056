using GraphApi.Connections.Caching;
using GraphApi.Identity;

namespace GraphApi.Connections;

/// <summary>
/// The caller and their stored connection, read once per request (scoped) and shared by the scope analysis and the
/// token source, so a request that selects Pinterest fields reads the store once instead of twice. The read may be
/// answered by the in-process <see cref="ConnectionCache"/>; either way it is the same for the whole request.
/// </summary>
internal sealed class RequestConnection(IHttpContextAccessor httpContextAccessor, CachingPinterestConnectionStore store)
{
    private readonly Lock _gate = new();
    private Task<(Caller? Caller, PinterestConnection? Connection)>? _loaded;

    public Task<(Caller? Caller, PinterestConnection? Connection)> GetAsync(CancellationToken cancellationToken)
    {
        // Guarded fields may resolve in parallel; the scoped DbContext allows one read, so only one load starts.
        lock (_gate)
        {
            return _loaded ??= LoadAsync(cancellationToken);
        }
    }

    private async Task<(Caller?, PinterestConnection?)> LoadAsync(CancellationToken cancellationToken)
    {
        var principal = httpContextAccessor.HttpContext?.User;
        var caller = principal is null ? null : Caller.From(principal);
        return caller is null ? (null, null) : (caller, await store.FindCachedAsync(ConnectionKey.For(caller), cancellationToken));
    }
}
