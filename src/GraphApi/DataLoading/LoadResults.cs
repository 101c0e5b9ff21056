using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace GraphApi.DataLoading;

/// <summary>One batch's outcome per key: a value, or the exception that key's fetch failed with.</summary>
public sealed class LoadResults<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, object> _outcomes = new();

    public void Set(TKey key, TValue value) => _outcomes[key] = value;

    public void Fail(TKey key, Exception exception) => _outcomes[key] = ExceptionDispatchInfo.Capture(exception);

    internal TValue? Get(TKey key) => _outcomes.TryGetValue(key, out var outcome)
        ? outcome is ExceptionDispatchInfo failure ? Rethrow(failure) : (TValue)outcome
        : null;

    private static TValue Rethrow(ExceptionDispatchInfo failure)
    {
        failure.Throw();
        return null!;
    }
}
