using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class AdGroupType : ObjectGraphType<AdGroup>
{
    public AdGroupType()
    {
        Name = "AdGroup";
        Description = "An ad group: budget, bid and schedule for a set of ads in one campaign. Money is in micro units of the account's currency.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (carries the ad account).")
            .Resolve(c => GlobalId.Encode(NodeTypes.AdGroup, KeyOf(c.Source).ToString()));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Resolve(c => c.Source.Id).Description("Pinterest's own ad group ID.");
        Field<CampaignType>("campaign").Description($"The campaign (looked up with others in one call per {AdsByIdCosts.IdsPerCall}).")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(AdsByIdCosts.Lookup)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .Resolve(c => c.Service<CampaignsByIdDataLoader>().Load(new AdsKey(c.Source.AdAccountId, c.Source.CampaignId)));
        Field(x => x.Name, nullable: true).Description("The name.");
        Field<AdEntityStatusEnumType>("status").Description("ACTIVE, PAUSED, ARCHIVED, DRAFT or DELETED_DRAFT.").Resolve(c => c.Source.Status);
        Field(x => x.SummaryStatus, nullable: true).Description("Delivery status as Pinterest sums it up.");
        Field<FloatGraphType>("budgetInMicroCurrency").Description("Budget, micro currency.").Resolve(c => (double?)c.Source.BudgetInMicroCurrency);
        Field<FloatGraphType>("bidInMicroCurrency").Description("Bid, micro currency.").Resolve(c => (double?)c.Source.BidInMicroCurrency);
        Field(x => x.BudgetType, nullable: true).Description("DAILY, LIFETIME or CBO_ADGROUP.");
        Field(x => x.BillableEvent, nullable: true).Description("What is billed: CLICKTHROUGH, IMPRESSION or VIDEO_V_50_MRC.");
        Field<DateTimeGraphType>("startTime").Description("Start (UTC).").Resolve(c => AdsTime.From(c.Source.StartTime));
        Field<DateTimeGraphType>("endTime").Description("End (UTC).").Resolve(c => AdsTime.From(c.Source.EndTime));
        Field<DateTimeGraphType>("createdAt").Description("Created (UTC).").Resolve(c => AdsTime.From(c.Source.CreatedTime));
        Field<DateTimeGraphType>("updatedAt").Description("Last changed (UTC).").Resolve(c => AdsTime.From(c.Source.UpdatedTime));
        Field<AdConnectionType>("ads").Description("The ad group's ads: one call per ad group and page (AdAccount.ads or Campaign.ads read many groups' ads at once).")
            .Paged().StatusArgument()
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await AdsConnections.AdsAsync(c, c.Source.AdAccountId, adGroupId: c.Source.Id));
        AdsAnalyticsFields.AddTo(this, AdsAnalyticsLevel.AdGroup, KeyOf);
    }

    public static AdsKey KeyOf(object? source) => source is AdGroup g ? new AdsKey(g.AdAccountId, g.Id) : default;
}

public sealed class AdGroupConnectionType() : ConnectionType<AdGroupType, AdGroupEdgeType, AdGroup>("AdGroup");

public sealed class AdGroupEdgeType() : EdgeType<AdGroupType, AdGroup>("AdGroup");
