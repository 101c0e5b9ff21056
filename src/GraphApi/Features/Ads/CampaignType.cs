using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public CampaignType()
    {
        Name = "Campaign";
        Description = "An ad campaign: its budget caps, objective, ad groups and ads. Money is in micro units of the account's currency.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (carries the ad account).")
            .Resolve(c => GlobalId.Encode(NodeTypes.Campaign, KeyOf(c.Source).ToString()));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Resolve(c => c.Source.Id).Description("Pinterest's own campaign ID.");
        Field<AdAccountType>("adAccount").Description("The ad account.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.ParentKeyHandle)
            .Resolve(c => AdAccountType.Handle(c, c.Source.AdAccountId));
        Field(x => x.Name, nullable: true).Description("The name.");
        Field<AdEntityStatusEnumType>("status").Description("ACTIVE, PAUSED, ARCHIVED, DRAFT or DELETED_DRAFT.").Resolve(c => c.Source.Status);
        Field(x => x.SummaryStatus, nullable: true).Description("Delivery status as Pinterest sums it up (RUNNING, COMPLETED, ...).");
        Field(x => x.ObjectiveType, nullable: true).Description("The objective (AWARENESS, CONSIDERATION, WEB_CONVERSION, ...).");
        Field<FloatGraphType>("lifetimeSpendCap").Description("Lifetime cap, micro currency.").Resolve(c => (double?)c.Source.LifetimeSpendCap);
        Field<FloatGraphType>("dailySpendCap").Description("Daily cap, micro currency.").Resolve(c => (double?)c.Source.DailySpendCap);
        Field<DateTimeGraphType>("startTime").Description("Start (UTC).").Resolve(c => AdsTime.From(c.Source.StartTime));
        Field<DateTimeGraphType>("endTime").Description("End (UTC).").Resolve(c => AdsTime.From(c.Source.EndTime));
        Field<DateTimeGraphType>("createdAt").Description("Created (UTC).").Resolve(c => AdsTime.From(c.Source.CreatedTime));
        Field<DateTimeGraphType>("updatedAt").Description("Last changed (UTC).").Resolve(c => AdsTime.From(c.Source.UpdatedTime));
        Field<AdGroupConnectionType>("adGroups").Description("The campaign's ad groups: one call per campaign and page.").Paged().StatusArgument()
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await AdsConnections.AdGroupsAsync(c, c.Source.AdAccountId, campaignId: c.Source.Id));
        Field<AdConnectionType>("ads").Description("The campaign's ads: one call per campaign and page.").Paged().StatusArgument()
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await AdsConnections.AdsAsync(c, c.Source.AdAccountId, campaignId: c.Source.Id));
        AdsAnalyticsFields.AddTo(this, AdsAnalyticsLevel.Campaign, KeyOf);
        AdsTargetingAnalyticsFields.AddPinAnalyticsTo(this, KeyOf);
    }

    public static AdsKey KeyOf(object? source) => source is Campaign c ? new AdsKey(c.AdAccountId, c.Id) : default;
}

public sealed class CampaignConnectionType() : ConnectionType<CampaignType, CampaignEdgeType, Campaign>("Campaign");

public sealed class CampaignEdgeType() : EdgeType<CampaignType, Campaign>("Campaign");
