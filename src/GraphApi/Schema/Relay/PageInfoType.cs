using GraphQL.Types;

namespace GraphApi.Schema.Relay;

/// <summary>
/// All four fields the GraphQL Cursor Connections specification requires (Relay's compiler refuses <c>@connection</c>
/// without them). Pinterest pages only forward with bookmarks, so connections take <c>first</c>/<c>after</c> and never
/// <c>last</c>/<c>before</c>; for forward paging the specification lets <c>hasPreviousPage</c> say whether edges come
/// before <c>after</c>, which a cursor of this connection always implies.
/// </summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection starts and ends, and whether Pinterest has more. Pinterest pages only forward, so connections take `first`/`after`.";
        Field(p => p.HasPreviousPage).Description("True when this page was read with `after`: items came before it. Pinterest cannot page backwards, so read earlier items again from the first page.");
        Field(p => p.HasNextPage).Description("True when another page follows: pass endCursor as `after` to read it.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first edge; null on an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last edge. On a page without edges: where the next page starts when hasNextPage is true (Pinterest can answer an empty page that more follow), otherwise null.");
    }
}
