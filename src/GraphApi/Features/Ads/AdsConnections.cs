using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;

namespace GraphApi.Features.Ads;

/// <summary>
/// One page of campaigns, ad groups or ads, filtered by the field's arguments (or its parent). Each page primes the
/// by-id loaders, so a child's <c>campaign</c>/<c>adGroup</c> already listed in the same request costs no call.
/// </summary>
internal static class AdsConnections
{
    public static async Task<object?> CampaignsAsync(IResolveFieldContext context, string adAccountId)
    {
        var connection = await ConnectionPaging.PageAsync(context, (page, ct) =>
            context.Pinterest().Campaigns.ListAsync(adAccountId, AdsListFilters.Request(context, page) with { AdGroupIds = null, AdIds = null }, ct));
        Prime(context.Service<CampaignsByIdDataLoader>(), connection, c => new AdsKey(c.AdAccountId, c.Id));
        return connection;
    }

    public static async Task<object?> AdGroupsAsync(IResolveFieldContext context, string adAccountId, string? campaignId = null)
    {
        var connection = await ConnectionPaging.PageAsync(context, (page, ct) =>
            context.Pinterest().AdGroups.ListAsync(adAccountId, AdsListFilters.Request(context, page, campaignId) with { AdIds = null }, ct));
        Prime(context.Service<AdGroupsByIdDataLoader>(), connection, g => new AdsKey(g.AdAccountId, g.Id));
        return connection;
    }

    public static async Task<object?> AdsAsync(IResolveFieldContext context, string adAccountId, string? campaignId = null, string? adGroupId = null)
    {
        var connection = await ConnectionPaging.PageAsync(context, (page, ct) =>
            context.Pinterest().Ads.ListAsync(adAccountId, AdsListFilters.Request(context, page, campaignId, adGroupId), ct));
        Prime(context.Service<AdsByIdDataLoader>(), connection, a => new AdsKey(a.AdAccountId, a.Id));
        return connection;
    }

    private static void Prime<T>(AdsEntitiesByIdDataLoader<T> loader, Connection<T> connection, Func<T, AdsKey> keyOf)
        where T : class
    {
        foreach (var edge in connection.Edges)
        {
            loader.Prime(keyOf(edge.Node), edge.Node);
        }
    }
}
