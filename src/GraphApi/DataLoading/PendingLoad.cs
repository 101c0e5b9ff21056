using GraphQL.DataLoader;

namespace GraphApi.DataLoading;

/// <summary>One key's pending (or primed) value; holds no resolver context, since those are pooled.</summary>
internal sealed class PendingLoad<TKey, TValue> : IDataLoaderResult<TValue?>
    where TKey : notnull
    where TValue : class
{
    private readonly TKey _key;
    private readonly LoadBatch<TKey, TValue>? _batch;
    private readonly TValue? _known;

    public PendingLoad(TKey key, LoadBatch<TKey, TValue> batch)
    {
        _key = key;
        _batch = batch;
    }

    private PendingLoad(TKey key, TValue value)
    {
        _key = key;
        _known = value;
    }

    public static PendingLoad<TKey, TValue> Known(TKey key, TValue value) => new(key, value);

    public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        if (_batch is null)
        {
            return _known;
        }

        var results = await _batch.DispatchAsync(cancellationToken);
        return results.Get(_key);
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
