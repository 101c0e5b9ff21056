using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Schema.Relay;

public static class ConnectionArguments
{
    /// <summary>
    /// Adds Relay's forward-paging arguments, <c>first</c> (0–250, default 25) and <c>after</c>. No <c>last</c>/<c>before</c>:
    /// Pinterest's bookmarks only lead forward, and the Cursor Connections specification lets a connection page one way.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"How many items, {ConnectionPaging.MinFirst}–{ConnectionPaging.MaxFirst} ({ConnectionPaging.MinFirst} answers only pageInfo).";
                a.DefaultValue = ConnectionPaging.DefaultFirst;
            })
            .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor or pageInfo.endCursor).");
}
