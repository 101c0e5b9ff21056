namespace GraphApi.DataLoading;

/// <summary>For resources Pinterest has no batch GET for: one call per distinct key, a few at a time.</summary>
public static class KeyedFetch
{
    /// <summary>Parallel calls per batch: enough to hide latency, few enough not to trip Pinterest's per-user rate limit.</summary>
    public const int MaxConcurrency = 4;

    public static Task EachAsync<TKey, TValue>(
        IReadOnlyList<TKey> keys,
        LoadResults<TKey, TValue> results,
        Func<TKey, CancellationToken, Task<TValue>> fetch,
        CancellationToken cancellationToken)
        where TKey : notnull
        where TValue : class =>
        Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = cancellationToken }, async (key, ct) =>
        {
            try
            {
                results.Set(key, await fetch(key, ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One missing pin must not fail its neighbours: the failure belongs to that key's field only.
                results.Fail(key, ex);
            }
        });
}
