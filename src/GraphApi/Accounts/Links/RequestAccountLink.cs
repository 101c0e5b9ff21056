using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links.Caching;
namespace GraphApi.Accounts.Links;

/// <summary>
/// The caller and their stored link, read once per request (scoped) and shared by the scope analysis and the
/// token source, so a request that selects Pinterest fields reads the store once instead of twice. The read may be
/// answered by the in-process <see cref="AccountLinkCache"/>; either way it is the same for the whole request.
/// </summary>
internal sealed class RequestAccountLink(IHttpContextAccessor httpContextAccessor, CachingAccountLinkStore store)
{
    private readonly Lock _gate = new();
    private Task<(Caller? Caller, PinterestAccountLink? Link)>? _loaded;

    public Task<(Caller? Caller, PinterestAccountLink? Link)> GetAsync(CancellationToken cancellationToken)
    {
        // Guarded fields may resolve in parallel; the scoped DbContext allows one read, so only one load starts.
        lock (_gate)
        {
            return _loaded ??= LoadAsync(cancellationToken);
        }
    }

    private async Task<(Caller?, PinterestAccountLink?)> LoadAsync(CancellationToken cancellationToken)
    {
        var principal = httpContextAccessor.HttpContext?.User;
        var caller = principal is null ? null : Caller.From(principal);
        return caller is null ? (null, null) : (caller, await store.FindCachedAsync(AccountLinkKey.For(caller), cancellationToken));
    }
}
