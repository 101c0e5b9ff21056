using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Analytics;
using GraphApi.Features.Boards;
using GraphApi.Features.Media;
using GraphApi.Features.Sections;
using GraphApi.Pinterest;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pins;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Pins;

public sealed class PinType : ObjectGraphType<Pin>
{
    public PinType()
    {
        Name = "Pin";
        Description = "A Pinterest pin: an image, video or carousel with a title, description and link, saved to a board.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is Pin or EntityHandle<string, Pin>;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .ResolveKeyOnly(c => GlobalId.Encode(NodeTypes.Pin, KeyOf(c.Source)));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own pin ID.").ResolveKeyOnly(c => KeyOf(c.Source));
        Field(p => p.Title, nullable: true).Description($"The title (up to {PinterestLimits.PinTitleMaxLength} characters).");
        Field(p => p.Description, nullable: true).Description($"The description (up to {PinterestLimits.PinDescriptionMaxLength} characters).");
        Field(p => p.Link, nullable: true).Description("The destination link.");
        Field(p => p.AltText, nullable: true).Description("Alternative text for screen readers.");
        Field(p => p.DominantColor, nullable: true).Description("The image's dominant colour, as #RRGGBB.");
        Field(p => p.CreativeType, nullable: true).Description("Pinterest's creative type, e.g. REGULAR, VIDEO, CAROUSEL.");
        Field<DateTimeGraphType>("createdAt").Description("When the pin was created (UTC).").Resolve(c => c.Source.CreatedAt?.UtcDateTime);
        Field(p => p.IsOwner, nullable: true).Description("True when the signed-in user owns the pin.");
        Field("boardSectionPinterestId", p => p.BoardSectionId, nullable: true).Description("The Pinterest ID of the pin's section, if any.");
        Field<BoardType>("board").Description("The board the pin is saved to.")
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(UpstreamCost.ParentKeyHandle)
            .Resolve(c => c.Source.BoardId is { } id ? BoardType.Handle(c, id) : null);
        Field<BoardSectionType>("section").Description("The board section the pin is in, if any.")
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(UpstreamCost.ParentKeyHandle)
            .Resolve(c => c.Source is { BoardId: { } board, BoardSectionId: { } section }
                ? BoardSectionType.Handle(c, (board, section))
                : null);
        Field<PinMediaInterface>("media").Description("The pin's media: image sizes, video fields, or carousel items.").Resolve(c => c.Source.Media);
        Field<PinImageType>("image").Description("The image of one size for any media type (a carousel's first image, a video's cover); null when there is none.")
            .Argument<PinImageSizeEnumType>("size", a =>
            {
                a.Description = "Which size.";
                a.DefaultValue = "400x300";
            })
            .Resolve(c => PinImages.Sized(c.Source.Media, c.GetArgument("size", "400x300")));
        Field<PinAnalyticsType>("analytics").Description($"The pin's analytics over a date range (Pinterest keeps the last {PinterestLimits.AnalyticsDaysBack} days).")
            .AnalyticsArguments(typeof(PinMetricEnumType), PinMetricEnumType.Defaults)
            .PinterestOperation("multi_pins/analytics", "pins/analytics")
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.PinsRead)
            .UpstreamCost(UpstreamCost.Batched(PinAnalyticsDataLoader.MaxPinsPerCall))
            .UpstreamCategory(UpstreamCategories.OrgAnalytics)
            .ResolveKeyOnly(c => c.Service<PinAnalyticsDataLoader>().Load(PinAnalyticsKey.From(c, KeyOf(c.Source))));
        this.ResolveDataThroughHandles();
    }

    /// <summary>A pin by Pinterest ID, loaded only if a field needs more than its ID.</summary>
    public static EntityHandle<string, Pin> Handle(IResolveFieldContext context, string id) =>
        new(id, context.Service<PinsByIdDataLoader>());

    private static string KeyOf(object? source) => HandleFields.KeyOf<string, Pin>(source, p => p.Id);
}
