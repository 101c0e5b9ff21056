using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>
/// The campaigns, ad groups and ads of an ad account (connections with Pinterest's filters, and lookups by ID through
/// the batching loaders), and the account's own analytics.
/// </summary>
internal static class AdAccountHierarchyFields
{
    public static void AddTo(ObjectGraphType<AdAccount> account)
    {
        account.Field<CampaignConnectionType>("campaigns").Description("The account's campaigns, by ID.").Paged().StatusArgument()
            .IdsArgument("campaignIds", "campaigns")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnlyAsync(c => AdsConnections.CampaignsAsync(c, AdAccountType.KeyOf(c.Source)));
        account.Field<AdGroupConnectionType>("adGroups").Description("The account's ad groups, by ID, across campaigns.").Paged().StatusArgument()
            .IdsArgument("campaignIds", "campaigns' ad groups")
            .IdsArgument("adGroupIds", "ad groups")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnlyAsync(c => AdsConnections.AdGroupsAsync(c, AdAccountType.KeyOf(c.Source)));
        account.Field<AdConnectionType>("ads").Description("The account's ads, by ID, across campaigns and ad groups.").Paged().StatusArgument()
            .IdsArgument("campaignIds", "campaigns' ads")
            .IdsArgument("adGroupIds", "ad groups' ads")
            .IdsArgument("adIds", "ads")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnlyAsync(c => AdsConnections.AdsAsync(c, AdAccountType.KeyOf(c.Source)));

        account.Field<CampaignType>("campaign").Description("A campaign of the account by ID (any status); null when Pinterest has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The campaign's global or Pinterest ID.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(AdsByIdCosts.Lookup)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnly(c => c.Service<CampaignsByIdDataLoader>().Load(Key(c, NodeTypes.Campaign)));
        account.Field<AdGroupType>("adGroup").Description("An ad group of the account by ID (any status); null when Pinterest has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ad group's global or Pinterest ID.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(AdsByIdCosts.Lookup)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnly(c => c.Service<AdGroupsByIdDataLoader>().Load(Key(c, NodeTypes.AdGroup)));
        account.Field<AdType>("ad").Description("An ad of the account by ID (any status); null when Pinterest has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ad's global or Pinterest ID.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(AdsByIdCosts.Lookup)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnly(c => c.Service<AdsByIdDataLoader>().Load(Key(c, NodeTypes.Ad)));

        account.Field<ListGraphType<NonNullGraphType<AdsAnalyticsRowType>>>("analytics")
            .Description("The account's ads metrics over a date range (one call).")
            .AdsAnalyticsArguments()
            .PinterestOperation(AdsAnalyticsFields.OperationOf(AdsAnalyticsLevel.AdAccount))
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.ParentKey)
            .UpstreamCategory(UpstreamCategories.AdsAnalytics)
            .ResolveKeyOnly(c =>
            {
                var id = AdAccountType.KeyOf(c.Source);
                return c.Service<AdsAnalyticsDataLoader>().Load(AdsAnalyticsKey.From(c, AdsAnalyticsLevel.AdAccount, id, id));
            });

        AdsTargetingAnalyticsFields.AddToAccount(account);
    }

    private static AdsKey Key(IResolveFieldContext context, string type) =>
        new(AdAccountType.KeyOf(context.Source), AdsListFilters.PinterestIdOf(context.GetArgument<string>("id"), type, "id"));
}
