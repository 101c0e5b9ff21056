using System.Collections.Concurrent;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// Response bodies serialized once and served as the same bytes afterwards, so the upstream spends almost no CPU per
/// call. Bounded: past <see cref="MaxEntries"/> distinct bodies (a caller walking odd page sizes or pin id sets) a
/// body is serialized per call instead of growing the cache.
/// </summary>
public sealed class MemoisedBodies
{
    public const int MaxEntries = 4_096;
    private readonly ConcurrentDictionary<string, byte[]> _bodies = new(StringComparer.Ordinal);

    public byte[] Get<TState>(string key, TState state, Func<TState, byte[]> serialize)
    {
        if (_bodies.TryGetValue(key, out var body))
        {
            return body;
        }

        body = serialize(state);
        return _bodies.Count < MaxEntries ? _bodies.GetOrAdd(key, body) : body;
    }

    public int Count => _bodies.Count;
}
