using GraphQL.Types;

namespace GraphApi.Schema.Relay;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection ends and whether Pinterest has more.";
        Field(p => p.HasNextPage).Description("True when another page follows: pass endCursor as `after` to read it.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last edge; null on an empty page.");
    }
}
