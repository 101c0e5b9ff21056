using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Pinterest.Pagination;
using GraphQL;

namespace GraphApi.Schema.Relay;

/// <summary>Turns <c>first</c>/<c>after</c> into one Pinterest page request and the page into edges with cursors.</summary>
public static class ConnectionPaging
{
    /// <summary>The Cursor Connections specification takes any non-negative <c>first</c>; 0 answers only pageInfo.</summary>
    public const int MinFirst = 0;
    public const int MaxFirst = PageRequest.MaxPageSize;
    public const int DefaultFirst = 25;

    /// <summary>A connection field's upstream cost: one page call per resolve, its selection times <c>first</c>.</summary>
    public static UpstreamCost PageCost { get; } = UpstreamCost.Page(DefaultFirst, MaxFirst, min: MinFirst);

    public static async Task<Connection<T>> PageAsync<T>(
        IResolveFieldContext context,
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetch)
    {
        var (first, bookmark, skip) = Arguments(context);
        // Skipping inside the page keeps it one call; past 250 items the page is simply shorter, and hasNextPage says so.
        // `first: 0` still reads one item (Pinterest's smallest page), so hasNextPage tells the truth.
        var page = await fetch(new PageRequest(Math.Clamp(first + skip, 1, MaxFirst), bookmark), context.CancellationToken);
        var items = page.Items.Skip(skip).Take(first).ToList();
        var restOfPage = page.Items.Count > skip + items.Count;
        var edges = items.Select((item, i) => new Edge<T>(Cursor.Encode(bookmark, skip + i + 1), item)).ToList();

        // Where the next page starts when nothing is left of this one: the last edge carries it, and a page without
        // edges (Pinterest can answer an empty page with a bookmark) hands it out as endCursor, or the client could
        // not continue while hasNextPage is true.
        var continuation = !restOfPage && page.HasMore ? Cursor.Encode(page.Bookmark, 0) : null;
        if (continuation is not null && edges.Count > 0)
        {
            edges[^1] = edges[^1] with { Cursor = continuation };
        }

        var pageInfo = new PageInfo(
            HasPreviousPage: bookmark is not null || skip > 0,
            HasNextPage: restOfPage || page.HasMore,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            // `first: 0` after a cursor with items left in its page: the next page starts where this one did (with no
            // `after`, null already means "from the start").
            EndCursor: edges.Count > 0 ? edges[^1].Cursor
                : continuation ?? (restOfPage && (bookmark is not null || skip > 0) ? Cursor.Encode(bookmark, skip) : null));
        return new Connection<T>(edges, pageInfo);
    }

    private static (int First, string? Bookmark, int Skip) Arguments(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultFirst);
        if (first is < MinFirst or > MaxFirst)
        {
            throw new ExecutionError($"`first` must be between {MinFirst} and {MaxFirst}, not {first}.") { Code = ErrorCodes.InvalidArgument };
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
