using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class AdType : ObjectGraphType<Ad>
{
    public AdType()
    {
        Name = "Ad";
        Description = "An ad: a promoted pin in an ad group.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (carries the ad account).")
            .Resolve(c => GlobalId.Encode(NodeTypes.Ad, KeyOf(c.Source).ToString()));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Resolve(c => c.Source.Id).Description("Pinterest's own ad ID.");
        Field<CampaignType>("campaign").Description($"The campaign (looked up with others in one call per {AdsByIdCosts.IdsPerCall}).")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(AdsByIdCosts.Lookup)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .Resolve(c => c.Service<CampaignsByIdDataLoader>().Load(new AdsKey(c.Source.AdAccountId, c.Source.CampaignId)));
        Field<AdGroupType>("adGroup").Description($"The ad group (looked up with others in one call per {AdsByIdCosts.IdsPerCall}).")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(AdsByIdCosts.Lookup)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .Resolve(c => c.Service<AdGroupsByIdDataLoader>().Load(new AdsKey(c.Source.AdAccountId, c.Source.AdGroupId)));
        Field<PinType>("pin").Description("The promoted pin (loaded only when a field other than its id is asked).")
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.PinsRead)
            .UpstreamCost(UpstreamCost.ParentKeyHandle)
            .Resolve(c => c.Source.PinId is { } pinId && PinterestIds.IsValid(pinId) ? PinType.Handle(c, pinId) : null);
        Field(x => x.Name, nullable: true).Description("The name.");
        Field<AdEntityStatusEnumType>("status").Description("ACTIVE, PAUSED, ARCHIVED, DRAFT or DELETED_DRAFT.").Resolve(c => c.Source.Status);
        Field(x => x.SummaryStatus, nullable: true).Description("Delivery status as Pinterest sums it up.");
        Field(x => x.ReviewStatus, nullable: true).Description("PENDING, APPROVED, REJECTED or OTHER.");
        Field(x => x.CreativeType, nullable: true).Description("REGULAR, VIDEO, CAROUSEL, ...");
        Field(x => x.DestinationUrl, nullable: true).Description("Where a click goes.");
        Field<DateTimeGraphType>("createdAt").Description("Created (UTC).").Resolve(c => AdsTime.From(c.Source.CreatedTime));
        Field<DateTimeGraphType>("updatedAt").Description("Last changed (UTC).").Resolve(c => AdsTime.From(c.Source.UpdatedTime));
        AdsAnalyticsFields.AddTo(this, AdsAnalyticsLevel.Ad, KeyOf);
    }

    public static AdsKey KeyOf(object? source) => source is Ad a ? new AdsKey(a.AdAccountId, a.Id) : default;
}

public sealed class AdConnectionType() : ConnectionType<AdType, AdEdgeType, Ad>("Ad");

public sealed class AdEdgeType() : EdgeType<AdType, Ad>("Ad");
