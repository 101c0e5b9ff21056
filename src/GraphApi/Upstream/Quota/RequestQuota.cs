using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Http;

namespace GraphApi.Upstream.Quota;

/// <summary>
/// The client's quota observer for one HTTP request (scoped): records each answer under the caller's connection in
/// the <see cref="QuotaTracker"/> and remembers which categories this request's calls used, for
/// <c>extensions.pinterestQuota</c>. The caller is the request's validated JWT (the same key the token source uses),
/// never anything from the answer, so no answer can update another user's entry. Resolvers call in parallel: the
/// category list is guarded by a small lock.
/// </summary>
internal sealed class RequestQuota(QuotaTracker tracker, IHttpContextAccessor httpContextAccessor) : IPinterestQuotaObserver
{
    private readonly Lock _gate = new();
    private readonly List<(string Category, int Sequence)> _used = new(2);
    private AccountLinkKey? _key;
    private bool _keyResolved;
    private int _sequence;

    /// <summary>Answers observed so far in this request (a report compares it before and after an operation).</summary>
    public int Sequence => Volatile.Read(ref _sequence);

    public void Observe(in PinterestQuotaObservation observation)
    {
        if (!observation.HasQuota || Key() is not { } key)
        {
            return;
        }

        tracker.Record(key, observation);
        var category = observation.Category;
        lock (_gate)
        {
            var sequence = ++_sequence;
            var index = _used.FindIndex(u => string.Equals(u.Category, category, StringComparison.Ordinal));
            if (index >= 0)
            {
                _used[index] = (category, sequence);
            }
            else
            {
                _used.Add((category, sequence));
            }
        }
    }

    /// <summary>The categories answered after <paramref name="sequence"/> (an operation's own calls).</summary>
    public IReadOnlyList<string> CategoriesSince(int sequence)
    {
        lock (_gate)
        {
            return [.. _used.Where(u => u.Sequence > sequence).Select(u => u.Category)];
        }
    }

    public AccountLinkKey? Key()
    {
        lock (_gate)
        {
            if (!_keyResolved)
            {
                _key = httpContextAccessor.HttpContext?.User is { } user && Caller.From(user) is { } caller ? AccountLinkKey.For(caller) : null;
                _keyResolved = true;
            }

            return _key;
        }
    }
}
