namespace GraphApi.DataLoading;

/// <summary>The keys recorded since the last dispatch; fetched once, by whichever pending result is awaited first.</summary>
internal sealed class LoadBatch<TKey, TValue>(DataLoader<TKey, TValue> loader)
    where TKey : notnull
    where TValue : class
{
    private readonly Lock _gate = new();
    private Task<LoadResults<TKey, TValue>>? _fetch;

    public List<TKey> Keys { get; } = [];

    public Task<LoadResults<TKey, TValue>> DispatchAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_fetch is null)
            {
                // Closing first means keys recorded from now on start a new batch instead of joining a running fetch.
                loader.Close(this);
                _fetch = FetchAsync(Keys.ToArray(), cancellationToken);
            }

            return _fetch;
        }
    }

    private async Task<LoadResults<TKey, TValue>> FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        // One span per batch, parent of the batch's Pinterest calls (null, and no tags built, when nothing listens).
        using var activity = Telemetry.LoaderSpan.Start(loader, keys.Length);
        var results = new LoadResults<TKey, TValue>();
        await loader.FetchAsync(keys, results, cancellationToken);
        return results;
    }
}
