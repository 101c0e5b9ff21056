using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs.Items;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// Catalog items by id through <c>items/post</c>: the keys of one catalog, vertical, country and language go in calls of
/// up to <see cref="IdsPerCall"/> ids (the spec's <c>maxItems</c>), whatever fields or aliases asked for them. An id
/// Pinterest answers with its error entry loads that entry (the schema's <c>MissingCatalogItem</c>).
/// </summary>
public sealed class CatalogItemsByIdDataLoader(IPinterestClient pinterest) : DataLoader<CatalogItemKey, CatalogItem>
{
    public const int IdsPerCall = PinterestLimits.CatalogItemIdsPerCall;

    protected internal override async Task FetchAsync(IReadOnlyList<CatalogItemKey> keys, LoadResults<CatalogItemKey, CatalogItem> results, CancellationToken cancellationToken)
    {
        var chunks = keys.GroupBy(k => k.Group).SelectMany(g => g.Chunk(IdsPerCall)).ToList();
        await Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = KeyedFetch.MaxConcurrency, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                var (catalogId, vertical, country, language) = chunk[0].Group;
                try
                {
                    var answer = await pinterest.CatalogItems.GetAsync(new CatalogItemsRequest
                    {
                        Country = country,
                        Language = language,
                        Filters = CatalogItemsFilter.For(vertical, catalogId, chunk.Select(k => k.ItemId).ToList()),
                    }, cancellationToken: ct);
                    foreach (var item in answer.Items)
                    {
                        if (item.Id is { } id)
                        {
                            results.Set(chunk[0] with { ItemId = id }, item);
                        }
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    foreach (var key in chunk)
                    {
                        results.Fail(key, ex);
                    }
                }
            });
    }
}
