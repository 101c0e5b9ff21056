using System.Runtime.CompilerServices;

namespace GraphApi.Pinterest.Pagination;

/// <summary>Walks bookmark-paginated lists.</summary>
public static class PinterestPaging
{
    /// <summary>
    /// Yields the items of successive pages until Pinterest returns no bookmark or <paramref name="maxPages"/>
    /// pages were fetched. The cap bounds the calls made against the caller's rate-limit quota.
    /// </summary>
    /// <param name="fetchPage">Fetches one page for a request (first call: no bookmark).</param>
    /// <param name="maxPages">At most this many pages (≥ 1).</param>
    /// <param name="pageSize">Items per page, 1–250, or null for Pinterest's default.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async IAsyncEnumerable<T> WalkAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetchPage,
        int maxPages,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);

        var request = new PageRequest(pageSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var fetched = 0; fetched < maxPages; fetched++)
        {
            var page = await fetchPage(request, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            // A repeated bookmark would loop forever; treat it as the end.
            if (!page.HasMore || !seen.Add(page.Bookmark!))
            {
                yield break;
            }

            request = request.WithBookmark(page.Bookmark);
        }
    }
}
