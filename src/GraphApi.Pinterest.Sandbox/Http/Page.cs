using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>The <c>Paginated</c> shape; <c>bookmark</c> is null on the last page.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Bookmark)
{
    public static async Task<Page<T>> FromQueryAsync(IQueryable<T> ordered, PageRequest request, CancellationToken cancellationToken)
    {
        var rows = await ordered.Skip(request.Offset).Take(request.PageSize + 1).ToListAsync(cancellationToken);
        return FromFetched(rows, request);
    }

    public static Page<T> FromList(IEnumerable<T> ordered, PageRequest request) =>
        FromFetched(ordered.Skip(request.Offset).Take(request.PageSize + 1).ToList(), request);

    private static Page<T> FromFetched(List<T> rows, PageRequest request)
    {
        var hasMore = rows.Count > request.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new Page<T>(rows, hasMore ? PageRequest.Encode(request.Offset + request.PageSize) : null);
    }

    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Bookmark);
}
