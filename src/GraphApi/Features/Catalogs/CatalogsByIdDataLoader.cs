using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// Catalogs by ID. The spec has no <c>catalogs/get</c>, so a batch of ids is found by reading <c>catalogs/list</c>
/// (250 a page) until every id is seen or the list ends, reading at most one page per distinct id: the cost analysis
/// counts one call per distinct catalog id, and this keeps the calls within it. An id past that many pages (a user with
/// more than 250 catalogs per id asked) is reported not found.
/// </summary>
public sealed class CatalogsByIdDataLoader(IPinterestClient pinterest) : DataLoader<string, Catalog>
{
    protected internal override async Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, Catalog> results, CancellationToken cancellationToken)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        string? bookmark = null;
        for (var page = 0; page < keys.Count && wanted.Count > 0; page++)
        {
            var found = await pinterest.Catalogs.ListAsync(new PageRequest(PageRequest.MaxPageSize, bookmark), cancellationToken: cancellationToken);
            foreach (var catalog in found.Items.Where(c => wanted.Remove(c.Id)))
            {
                results.Set(catalog.Id, catalog);
            }

            bookmark = found.Bookmark;
            if (bookmark is null)
            {
                break;
            }
        }
    }
}
