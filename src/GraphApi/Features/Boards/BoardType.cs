using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Features.Sections;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Boards;

public sealed class BoardType : ObjectGraphType<Board>
{
    public BoardType()
    {
        Name = "Board";
        Description = "A Pinterest board: a named collection of pins, optionally split into sections.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is Board or EntityHandle<string, Board>;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .ResolveKeyOnly(c => GlobalId.Encode(NodeTypes.Board, KeyOf(c.Source)));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own board ID.").ResolveKeyOnly(c => KeyOf(c.Source));
        Field(b => b.Name).Description("The board's name.");
        Field(b => b.Description, nullable: true).Description("The board's description.");
        Field<NonNullGraphType<BoardPrivacyEnumType>>("privacy").Description("Who can see the board.")
            .Resolve(c => c.Source.Privacy ?? BoardPrivacy.Public);
        Field<StringGraphType>("ownerUsername").Description("The username of the board's owner.").Resolve(c => c.Source.Owner?.Username);
        Field<DateTimeGraphType>("createdAt").Description("When the board was created (UTC).").Resolve(c => c.Source.CreatedAt?.UtcDateTime);
        Field<DateTimeGraphType>("pinsModifiedAt").Description("When a pin was last added to or removed from the board (UTC).")
            .Resolve(c => c.Source.BoardPinsModifiedAt?.UtcDateTime);
        Field<IntGraphType>("pinCount").Description("Pinterest's count of pins on the board (may lag just after a write).").Resolve(c => (int?)c.Source.PinCount);
        Field<IntGraphType>("followerCount").Description("Pinterest's count of the board's followers.").Resolve(c => (int?)c.Source.FollowerCount);
        Field<IntGraphType>("collaboratorCount").Description("Pinterest's count of the board's collaborators.").Resolve(c => (int?)c.Source.CollaboratorCount);
        Field<BooleanGraphType>("isAdsOnly").Description("True for protected boards that hold ads-only pins.").Resolve(c => c.Source.IsAdsOnly);
        Field<StringGraphType>("coverImageUrl").Description("The board's cover image.").Resolve(c => c.Source.Media?.ImageCoverUrl);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("pinThumbnailUrls")
            .Description("Thumbnails of the board's first pins, as Pinterest picks them.")
            .Resolve(c => c.Source.Media?.PinThumbnailUrls ?? []);
        Field<PinConnectionType>("pins").Description("The board's pins, its sections' pins included, newest first.").Paged()
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.PinsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().Boards.ListPinsAsync(KeyOf(c.Source), new ListBoardPinsRequest { Page = page }, ct)));
        Field<BoardSectionConnectionType>("sections").Description("The board's sections.").Paged()
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveKeyOnlyAsync(async c =>
            {
                var boardId = KeyOf(c.Source);
                var page = await ConnectionPaging.PageAsync(c, (p, ct) =>
                    c.Pinterest().BoardSections.ListAsync(boardId, p, cancellationToken: ct));
                return page.Map(section => new BoardSectionNode(boardId, section));
            });
        this.ResolveDataThroughHandles();
    }

    /// <summary>A board by Pinterest ID, loaded only if a field needs more than its ID.</summary>
    public static EntityHandle<string, Board> Handle(IResolveFieldContext context, string id) =>
        new(id, context.Service<BoardsByIdDataLoader>());

    private static string KeyOf(object? source) => HandleFields.KeyOf<string, Board>(source, b => b.Id);
}
