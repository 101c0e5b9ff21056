using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// Product groups by ID through <c>catalogs_product_groups/list</c>'s <c>id</c> filter (comma-separated). The filter takes
/// 1,000 IDs but the list still pages at most 250 a page, so a call carries <see cref="IdsPerCall"/> IDs and one page
/// holds them all. An ID Pinterest does not return (missing, or another user's) loads as null.
/// </summary>
public sealed class ProductGroupsByIdDataLoader(IPinterestClient pinterest) : DataLoader<string, ProductGroup>
{
    public const int IdsPerCall = PinterestLimits.MaxPageSize;

    protected internal override async Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, ProductGroup> results, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            keys.Chunk(IdsPerCall).ToList(),
            new ParallelOptions { MaxDegreeOfParallelism = KeyedFetch.MaxConcurrency, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                try
                {
                    var page = await pinterest.ProductGroups.ListAsync(new ListProductGroupsRequest { Ids = chunk, Page = new PageRequest(IdsPerCall) }, ct);
                    foreach (var group in page.Items)
                    {
                        results.Set(group.Id, group);
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
