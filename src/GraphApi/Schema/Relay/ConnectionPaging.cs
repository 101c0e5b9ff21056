using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Pinterest.Pagination;
using GraphQL;

namespace GraphApi.Schema.Relay;

/// <summary>Turns <c>first</c>/<c>after</c> into one Pinterest page request and the page into edges with cursors.</summary>
public static class ConnectionPaging
{
    public const int MaxFirst = PageRequest.MaxPageSize;
    public const int DefaultFirst = 25;

    /// <summary>A connection field's upstream cost: one page call per resolve, its selection times <c>first</c>.</summary>
    public static UpstreamCost PageCost { get; } = UpstreamCost.Page(DefaultFirst, MaxFirst);

    public static async Task<Connection<T>> PageAsync<T>(
        IResolveFieldContext context,
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetch)
    {
        var (first, bookmark, skip) = Arguments(context);
        // Skipping inside the page keeps it one call; past 250 items the page is simply shorter, and hasNextPage says so.
        var page = await fetch(new PageRequest(Math.Min(MaxFirst, first + skip), bookmark), context.CancellationToken);
        var items = page.Items.Skip(skip).Take(first).ToList();
        var restOfPage = page.Items.Count > skip + items.Count;
        var edges = items.Select((item, i) => new Edge<T>(Cursor.Encode(bookmark, skip + i + 1), item)).ToList();
        if (!restOfPage && page.HasMore && edges.Count > 0)
        {
            edges[^1] = edges[^1] with { Cursor = Cursor.Encode(page.Bookmark, 0) };
        }

        var pageInfo = new PageInfo(
            HasPreviousPage: bookmark is not null || skip > 0,
            HasNextPage: restOfPage || page.HasMore,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo);
    }

    private static (int First, string? Bookmark, int Skip) Arguments(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultFirst);
        if (first is < 1 or > MaxFirst)
        {
            throw new ExecutionError($"`first` must be between 1 and {MaxFirst}, not {first}.") { Code = ErrorCodes.InvalidArgument };
        }

        var after = context.GetArgument<string?>("after");
        if (after is null)
        {
            return (first, null, 0);
        }

        var cursor = Cursor.Decode(after)
            ?? throw new ExecutionError("`after` is not a cursor from this connection: pass an edge's cursor or pageInfo.endCursor.") { Code = ErrorCodes.InvalidArgument };
        return (first, cursor.Bookmark, cursor.Skip);
    }
}
