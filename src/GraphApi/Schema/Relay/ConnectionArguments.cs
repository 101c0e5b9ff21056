using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Schema.Relay;

public static class ConnectionArguments
{
    /// <summary>Adds Relay's forward-paging arguments, <c>first</c> (1–250, default 25) and <c>after</c>.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"How many items, 1–{ConnectionPaging.MaxFirst}.";
                a.DefaultValue = ConnectionPaging.DefaultFirst;
            })
            .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor or pageInfo.endCursor).");
}
