using GraphApi.Authorization;
using GraphApi.Execution;
using GraphApi.Pins;
using GraphApi.Pinterest;
using GraphApi.Relay;
using GraphQL.Types;

namespace GraphApi.Boards;

public sealed class BoardSectionType : ObjectGraphType<BoardSectionNode>
{
    public BoardSectionType()
    {
        Name = "BoardSection";
        Description = "A named part of a board.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is BoardSectionNode;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .Resolve(c => GlobalId.Encode(NodeTypes.BoardSection, SectionKey.Format(c.Source.BoardId, c.Source.Section.Id)));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own section ID.").Resolve(c => c.Source.Section.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The section's name.").Resolve(c => c.Source.Section.Name);
        Field<BoardType>("board").Description("The board the section belongs to.")
            .RequiresScopes("boards:read")
            .UpstreamCost(UpstreamCost.ParentKey)
            .Resolve(c => c.RequestServices!.GetRequiredService<BoardsByIdDataLoader>().Load(c.Source.BoardId));
        Field<PinConnectionType>("pins").Description("The section's pins.").Paged()
            .RequiresScopes("boards:read", "pins:read")
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.RequestServices!.GetRequiredService<IPinterestClient>().BoardSections.ListPinsAsync(c.Source.BoardId, c.Source.Section.Id, page, cancellationToken: ct)));
    }
}
