using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>
/// /v5/ad_accounts/{id}/campaigns|ad_groups|ads: lists with Pinterest's id filters (up to 250 each), entity statuses
/// (default ACTIVE and PAUSED) and order; gets; analytics of up to 250 ids per call; targeting analytics; ad Pin analytics.
/// Every route first checks the caller owns the account; ids of another account are not found (get) or left out (lists).
/// </summary>
internal static class AdsEntityEndpoints
{
    public static void MapAdsEntities(this RouteGroupBuilder v5)
    {
        const string Account = "/ad_accounts/{adAccountId}";
        v5.MapGet(Account + "/campaigns", ListCampaignsAsync).AdsOperation("campaigns/list", AdsRead);
        v5.MapPost(Account + "/campaigns", AdsWrites.CreateCampaignsAsync).AdsOperation("campaigns/create", AdsWrite);
        v5.MapPatch(Account + "/campaigns", AdsWrites.UpdateCampaignsAsync).AdsOperation("campaigns/update", AdsWrite);
        v5.MapGet(Account + "/campaigns/analytics", CampaignAnalyticsAsync).AdsOperation("campaigns/analytics", AdsRead);
        v5.MapGet(Account + "/campaigns/targeting_analytics", CampaignTargetingAsync).AdsOperation("campaign_targeting_analytics/get", AdsRead);
        v5.MapGet(Account + "/campaigns/{campaignId}", GetCampaignAsync).AdsOperation("campaigns/get", AdsRead);
        v5.MapGet(Account + "/pins/analytics", AdPinAnalyticsAsync).AdsOperation("ad_pins/analytics", AdsRead);

        v5.MapGet(Account + "/ad_groups", ListAdGroupsAsync).AdsOperation("ad_groups/list", AdsRead);
        v5.MapPost(Account + "/ad_groups", AdsWrites.CreateAdGroupsAsync).AdsOperation("ad_groups/create", AdsWrite);
        v5.MapPatch(Account + "/ad_groups", AdsWrites.UpdateAdGroupsAsync).AdsOperation("ad_groups/update", AdsWrite);
        v5.MapGet(Account + "/ad_groups/analytics", AdGroupAnalyticsAsync).AdsOperation("ad_groups/analytics", AdsRead);
        v5.MapGet(Account + "/ad_groups/targeting_analytics", AdGroupTargetingAsync).AdsOperation("ad_groups_targeting_analytics/get", AdsRead);
        v5.MapGet(Account + "/ad_groups/{adGroupId}", GetAdGroupAsync).AdsOperation("ad_groups/get", AdsRead);

        v5.MapGet(Account + "/ads", ListAdsAsync).AdsOperation("ads/list", AdsRead);
        v5.MapPost(Account + "/ads", AdsWrites.CreateAdsAsync).AdsOperation("ads/create", AdsWrite);
        v5.MapPatch(Account + "/ads", AdsWrites.UpdateAdsAsync).AdsOperation("ads/update", AdsWrite);
        v5.MapGet(Account + "/ads/analytics", AdAnalyticsAsync).AdsOperation("ads/analytics", AdsRead);
        v5.MapGet(Account + "/ads/targeting_analytics", AdTargetingAsync).AdsOperation("ad_targeting_analytics/get", AdsRead);
        v5.MapGet(Account + "/ads/{adId}", GetAdAsync).AdsOperation("ads/get", AdsRead);
    }

    private static Task<IResult> ListCampaignsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        ListAsync(adAccountId, request, api, ["campaign_ids"], api.Db.Campaigns, (q, f) => q
            .Where(c => f.CampaignIds == null || f.CampaignIds.Contains(c.Id)), c => c.Id, AdsMapper.ToResponse, cancellationToken);

    private static Task<IResult> ListAdGroupsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        ListAsync(adAccountId, request, api, ["campaign_ids", "ad_group_ids"], api.Db.AdGroups, (q, f) => q
            .Where(g => f.CampaignIds == null || f.CampaignIds.Contains(g.CampaignId))
            .Where(g => f.AdGroupIds == null || f.AdGroupIds.Contains(g.Id)), g => g.Id, AdsMapper.ToResponse, cancellationToken);

    private static Task<IResult> ListAdsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        ListAsync(adAccountId, request, api, ["campaign_ids", "ad_group_ids", "ad_ids"], api.Db.Ads, (q, f) => q
            .Where(a => f.CampaignIds == null || f.CampaignIds.Contains(a.CampaignId))
            .Where(a => f.AdGroupIds == null || f.AdGroupIds.Contains(a.AdGroupId))
            .Where(a => f.AdIds == null || f.AdIds.Contains(a.Id)), a => a.Id, AdsMapper.ToResponse, cancellationToken);

    private static Task<IResult> GetCampaignAsync(string adAccountId, string campaignId, ApiContext api, CancellationToken cancellationToken) =>
        GetAsync(adAccountId, api, api.Db.Campaigns.Where(c => c.Id == campaignId), c => c.AdAccountId, AdsMapper.ToResponse, "Campaign not found.", cancellationToken);

    private static Task<IResult> GetAdGroupAsync(string adAccountId, string adGroupId, ApiContext api, CancellationToken cancellationToken) =>
        GetAsync(adAccountId, api, api.Db.AdGroups.Where(g => g.Id == adGroupId), g => g.AdAccountId, AdsMapper.ToResponse, "Ad group not found.", cancellationToken);

    private static Task<IResult> GetAdAsync(string adAccountId, string adId, ApiContext api, CancellationToken cancellationToken) =>
        GetAsync(adAccountId, api, api.Db.Ads.Where(a => a.Id == adId), a => a.AdAccountId, AdsMapper.ToResponse, "Ad not found.", cancellationToken);

    private static Task<IResult> CampaignAnalyticsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        AnalyticsAsync(adAccountId, request, api, "campaign_ids", "CAMPAIGN_ID", (account, ids) => api.Db.Campaigns.Where(c => c.AdAccountId == account && ids.Contains(c.Id)).Select(c => c.Id), cancellationToken);

    private static Task<IResult> AdGroupAnalyticsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        AnalyticsAsync(adAccountId, request, api, "ad_group_ids", "AD_GROUP_ID", (account, ids) => api.Db.AdGroups.Where(g => g.AdAccountId == account && ids.Contains(g.Id)).Select(g => g.Id), cancellationToken);

    private static Task<IResult> AdAnalyticsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        AnalyticsAsync(adAccountId, request, api, "ad_ids", "AD_ID", (account, ids) => api.Db.Ads.Where(a => a.AdAccountId == account && ids.Contains(a.Id)).Select(a => a.Id), cancellationToken);

    private static Task<IResult> CampaignTargetingAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        TargetingAsync(adAccountId, request, api, "campaign_ids", "CAMPAIGN_ID", AdsAnalyticsSpec.CampaignTargetingTypes, (account, ids) => api.Db.Campaigns.Where(c => c.AdAccountId == account && ids.Contains(c.Id)).Select(c => c.Id), cancellationToken);

    private static Task<IResult> AdGroupTargetingAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        TargetingAsync(adAccountId, request, api, "ad_group_ids", "AD_GROUP_ID", AdsAnalyticsSpec.AdGroupTargetingTypes, (account, ids) => api.Db.AdGroups.Where(g => g.AdAccountId == account && ids.Contains(g.Id)).Select(g => g.Id), cancellationToken);

    private static Task<IResult> AdTargetingAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        TargetingAsync(adAccountId, request, api, "ad_ids", "AD_ID", AdsAnalyticsSpec.AdTargetingTypes, (account, ids) => api.Db.Ads.Where(a => a.AdAccountId == account && ids.Contains(a.Id)).Select(a => a.Id), cancellationToken);

    // GET /ad_accounts/{id}/pins/analytics: the promoted Pins of one campaign.
    private static async Task<IResult> AdPinAnalyticsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        var campaignId = request.Query["campaign_id"].ToString();
        if (!AdAccountAccess.IsId(campaignId))
        {
            return SandboxErrors.InvalidParameters("campaign_id is required.");
        }

        if (!AdsQueryParsing.TryIds(request, "pin_ids", out var pinIds, out error, 100) || pinIds is null)
        {
            return error ?? SandboxErrors.InvalidParameters("pin_ids is required.");
        }

        if (!AdsAnalyticsQuery.TryParse(request, api, out var query, out error))
        {
            return error!;
        }

        var promoted = await api.Db.Ads.Where(a => a.AdAccountId == account.Id && a.CampaignId == campaignId && pinIds.Contains(a.PinId))
            .Select(a => a.PinId).Distinct().ToListAsync(cancellationToken);
        return SandboxJson.Ok(promoted.Order(StringComparer.Ordinal).SelectMany(pin => query.Rows("PIN_ID", pin, "|" + campaignId)).ToList());
    }

    private sealed record Filters(IReadOnlyList<string>? CampaignIds, IReadOnlyList<string>? AdGroupIds, IReadOnlyList<string>? AdIds);

    private static async Task<IResult> ListAsync<TEntity, TResponse>(
        string adAccountId, HttpRequest request, ApiContext api, string[] filterNames, IQueryable<TEntity> set,
        Func<IQueryable<TEntity>, Filters, IQueryable<TEntity>> filter, System.Linq.Expressions.Expression<Func<TEntity, string>> id,
        Func<TEntity, TResponse> map, CancellationToken cancellationToken)
        where TEntity : class
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        var ids = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        foreach (var name in filterNames)
        {
            if (!AdsQueryParsing.TryIds(request, name, out var values, out error))
            {
                return error!;
            }

            ids[name] = values;
        }

        if (!AdsQueryParsing.TryStatuses(request, out var statuses, out error) || !AdsQueryParsing.TryOrder(request, out var descending, out error)
            || !PageRequest.TryParse(request, out var pageRequest, out error))
        {
            return error!;
        }

        var filters = new Filters(ids.GetValueOrDefault("campaign_ids"), ids.GetValueOrDefault("ad_group_ids"), ids.GetValueOrDefault("ad_ids"));
        var scoped = filter(set.AsNoTracking().Where(e => EF.Property<string>(e, "AdAccountId") == account.Id), filters)
            .Where(e => statuses.Contains(EF.Property<string>(e, "Status")));
        var ordered = descending ? scoped.OrderByDescending(id) : scoped.OrderBy(id);
        var page = await Page<TEntity>.FromQueryAsync(ordered, pageRequest, cancellationToken);
        return SandboxJson.Ok(page.Map(map));
    }

    private static async Task<IResult> GetAsync<TEntity, TResponse>(
        string adAccountId, ApiContext api, IQueryable<TEntity> byId, Func<TEntity, string> accountOf,
        Func<TEntity, TResponse> map, string notFound, CancellationToken cancellationToken)
        where TEntity : class
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        var entity = await byId.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return entity is not null && accountOf(entity) == account.Id
            ? SandboxJson.Ok(map(entity))
            : SandboxErrors.Error(StatusCodes.Status404NotFound, 404, notFound);
    }

    private static async Task<IResult> AnalyticsAsync(
        string adAccountId, HttpRequest request, ApiContext api, string idsParameter, string idColumn,
        Func<string, IReadOnlyList<string>, IQueryable<string>> owned, CancellationToken cancellationToken)
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        if (!AdsQueryParsing.TryIds(request, idsParameter, out var ids, out error) || ids is null)
        {
            return error ?? SandboxErrors.InvalidParameters($"{idsParameter} is required.");
        }

        if (!AdsAnalyticsQuery.TryParse(request, api, out var query, out error))
        {
            return error!;
        }

        // Ids of another account, or unknown, answer no rows (as Pinterest leaves them out).
        var known = await owned(account.Id, ids).ToListAsync(cancellationToken);
        return SandboxJson.Ok(known.Order(StringComparer.Ordinal).SelectMany(id => query.Rows(idColumn, id)).ToList());
    }

    private static async Task<IResult> TargetingAsync(
        string adAccountId, HttpRequest request, ApiContext api, string idsParameter, string idColumn,
        string[] types, Func<string, IReadOnlyList<string>, IQueryable<string>> owned, CancellationToken cancellationToken)
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        if (!AdsQueryParsing.TryIds(request, idsParameter, out var ids, out error) || ids is null)
        {
            return error ?? SandboxErrors.InvalidParameters($"{idsParameter} is required.");
        }

        var known = await owned(account.Id, ids).ToListAsync(cancellationToken);
        return TargetingRows.TryAnswer(request, api, types, types.Length, idColumn, known.Order(StringComparer.Ordinal).ToList());
    }
}
