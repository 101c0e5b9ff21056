using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Http;

internal static class QueryStringExtensions
{
    public static QueryString AddPage(this QueryString query, PageRequest? page) =>
        query.Add("bookmark", page?.Bookmark).Add("page_size", page?.PageSize);
}
