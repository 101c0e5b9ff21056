using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs;

namespace GraphApi.Features.Catalogs;

/// <summary>Feeds by ID. <c>feeds/list</c> has no id filter: one deduplicated <c>feeds/get</c> per feed, a few at a time.</summary>
public sealed class CatalogFeedsByIdDataLoader(IPinterestClient pinterest) : DataLoader<string, CatalogFeed>
{
    protected internal override Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, CatalogFeed> results, CancellationToken cancellationToken) =>
        KeyedFetch.EachAsync(keys, results, (id, ct) => pinterest.Catalogs.GetFeedAsync(id, cancellationToken: ct), cancellationToken);
}
