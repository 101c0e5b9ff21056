using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Boards;
using GraphApi.Features.Pins;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Sections;

public sealed class BoardSectionType : ObjectGraphType<BoardSectionNode>
{
    public BoardSectionType()
    {
        Name = "BoardSection";
        Description = "A named part of a board.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is BoardSectionNode or EntityHandle<(string BoardId, string SectionId), BoardSectionNode>;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .ResolveKeyOnly(c => KeyOf(c.Source) is var (board, section) ? GlobalId.Encode(NodeTypes.BoardSection, SectionKey.Format(board, section)) : null);
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own section ID.").ResolveKeyOnly(c => KeyOf(c.Source).SectionId);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The section's name.").Resolve(c => c.Source.Section.Name);
        Field<BoardType>("board").Description("The board the section belongs to.")
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(UpstreamCost.ParentKeyHandle)
            .ResolveKeyOnly(c => BoardType.Handle(c, KeyOf(c.Source).BoardId));
        Field<PinConnectionType>("pins").Description("The section's pins.").Paged()
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.PinsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveKeyOnlyAsync(async c =>
            {
                var (board, section) = KeyOf(c.Source);
                return await ConnectionPaging.PageAsync(c, (page, ct) =>
                    c.Pinterest().BoardSections.ListPinsAsync(board, section, page, cancellationToken: ct));
            });
        this.ResolveDataThroughHandles();
    }

    /// <summary>A section by (board, section) ID, loaded only if a field needs more than its IDs.</summary>
    public static EntityHandle<(string BoardId, string SectionId), BoardSectionNode> Handle(IResolveFieldContext context, (string BoardId, string SectionId) key) =>
        new(key, context.Service<BoardSectionsByIdDataLoader>());

    private static (string BoardId, string SectionId) KeyOf(object? source) =>
        HandleFields.KeyOf<(string BoardId, string SectionId), BoardSectionNode>(source, s => (s.BoardId, s.Section.Id));
}
