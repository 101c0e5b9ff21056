using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>
/// Bulk creates and updates of campaigns, ad groups and ads: a JSON array of 1–30 items, answered 200 with one item
/// each, the entity or the reason it was refused (a refused item does not fail the others, as on Pinterest).
/// </summary>
internal static class AdsWrites
{
    private static readonly string[] Objectives = ["AWARENESS", "CONSIDERATION", "WEB_CONVERSION", "CATALOG_SALES", "VIDEO_COMPLETION"];
    private static readonly string[] BillableEvents = ["CLICKTHROUGH", "IMPRESSION", "VIDEO_V_50_MRC"];
    private static readonly string[] BudgetTypes = ["DAILY", "LIFETIME", "CBO_ADGROUP"];
    private static readonly string[] CreativeTypes = ["REGULAR", "VIDEO", "SHOPPING", "CAROUSEL", "MAX_VIDEO", "SHOP_THE_PIN", "COLLECTION", "IDEA", "SHOWCASE", "QUIZ", "COLLAGE", "MAX_WIDTH_REGULAR_COLLECTION", "MAX_WIDTH_VIDEO_COLLECTION"];
    private const int MaxItems = 30;

    public static Task<IResult> CreateCampaignsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        WriteAsync(adAccountId, request, api, singleException: false, async (account, item) =>
        {
            var name = item.String("name");
            var objective = item.String("objective_type");
            var status = item.String("status") ?? "ACTIVE";
            if (item.String("ad_account_id") != account.Id)
            {
                return Refused(2, "ad_account_id must be the account of the path.");
            }

            if (string.IsNullOrWhiteSpace(name) || !Objectives.Contains(objective, StringComparer.Ordinal) || !AdsQueryParsing.EntityStatuses.Contains(status, StringComparer.Ordinal))
            {
                return Refused(1, "name and a valid objective_type are required; status must be an entity status.");
            }

            var campaign = new CampaignEntity
            {
                Id = NewId(),
                AdAccountId = account.Id,
                Name = name,
                ObjectiveType = objective!,
                Status = status,
                LifetimeSpendCap = item.Long("lifetime_spend_cap"),
                DailySpendCap = item.Long("daily_spend_cap"),
                StartTime = item.Long("start_time"),
                EndTime = item.Long("end_time"),
                CreatedAt = api.Now,
                UpdatedAt = api.Now,
            };
            api.Db.Campaigns.Add(campaign);
            await Task.CompletedTask;
            return Written(AdsMapper.ToResponse(campaign));
        }, cancellationToken);

    public static Task<IResult> UpdateCampaignsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        WriteAsync(adAccountId, request, api, singleException: false, async (account, item) =>
        {
            var id = item.String("id");
            var campaign = await api.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == id && c.AdAccountId == account.Id, cancellationToken);
            if (campaign is null)
            {
                return Refused(2, "Campaign not found.");
            }

            if (item.String("status") is { } status && !AdsQueryParsing.EntityStatuses.Contains(status, StringComparer.Ordinal))
            {
                return Refused(1, "status must be an entity status.");
            }

            campaign.Name = item.String("name") ?? campaign.Name;
            campaign.Status = item.String("status") ?? campaign.Status;
            // Nullable fields: an explicit null clears, an absent field is left as it is.
            campaign.LifetimeSpendCap = item.Has("lifetime_spend_cap") ? item.Long("lifetime_spend_cap") : campaign.LifetimeSpendCap;
            campaign.DailySpendCap = item.Has("daily_spend_cap") ? item.Long("daily_spend_cap") : campaign.DailySpendCap;
            campaign.StartTime = item.Has("start_time") ? item.Long("start_time") : campaign.StartTime;
            campaign.EndTime = item.Has("end_time") ? item.Long("end_time") : campaign.EndTime;
            campaign.UpdatedAt = api.Now;
            return Written(AdsMapper.ToResponse(campaign));
        }, cancellationToken);

    public static Task<IResult> CreateAdGroupsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        WriteAsync(adAccountId, request, api, singleException: false, async (account, item) =>
        {
            var campaignId = item.String("campaign_id");
            if (!await api.Db.Campaigns.AnyAsync(c => c.Id == campaignId && c.AdAccountId == account.Id, cancellationToken))
            {
                return Refused(2, "Campaign not found.");
            }

            var name = item.String("name");
            var billable = item.String("billable_event");
            var budgetType = item.String("budget_type") ?? "DAILY";
            var status = item.String("status") ?? "ACTIVE";
            if (string.IsNullOrWhiteSpace(name) || !BillableEvents.Contains(billable, StringComparer.Ordinal)
                || !BudgetTypes.Contains(budgetType, StringComparer.Ordinal) || !AdsQueryParsing.EntityStatuses.Contains(status, StringComparer.Ordinal))
            {
                return Refused(1, "name and a valid billable_event are required; budget_type and status must be valid.");
            }

            var group = new AdGroupEntity
            {
                Id = NewId(),
                AdAccountId = account.Id,
                CampaignId = campaignId!,
                Name = name,
                Status = status,
                BillableEvent = billable!,
                BudgetType = budgetType,
                BudgetInMicroCurrency = item.Long("budget_in_micro_currency"),
                BidInMicroCurrency = item.Long("bid_in_micro_currency"),
                StartTime = item.Long("start_time"),
                EndTime = item.Long("end_time"),
                CreatedAt = api.Now,
                UpdatedAt = api.Now,
            };
            api.Db.AdGroups.Add(group);
            return Written(AdsMapper.ToResponse(group));
        }, cancellationToken);

    public static Task<IResult> UpdateAdGroupsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        WriteAsync(adAccountId, request, api, singleException: false, async (account, item) =>
        {
            var id = item.String("id");
            var group = await api.Db.AdGroups.FirstOrDefaultAsync(g => g.Id == id && g.AdAccountId == account.Id, cancellationToken);
            if (group is null)
            {
                return Refused(2, "Ad group not found.");
            }

            if (item.String("status") is { } status && !AdsQueryParsing.EntityStatuses.Contains(status, StringComparer.Ordinal))
            {
                return Refused(1, "status must be an entity status.");
            }

            group.Name = item.String("name") ?? group.Name;
            group.Status = item.String("status") ?? group.Status;
            group.BudgetInMicroCurrency = item.Has("budget_in_micro_currency") ? item.Long("budget_in_micro_currency") : group.BudgetInMicroCurrency;
            group.BidInMicroCurrency = item.Has("bid_in_micro_currency") ? item.Long("bid_in_micro_currency") : group.BidInMicroCurrency;
            group.StartTime = item.Has("start_time") ? item.Long("start_time") : group.StartTime;
            group.EndTime = item.Has("end_time") ? item.Long("end_time") : group.EndTime;
            group.UpdatedAt = api.Now;
            return Written(AdsMapper.ToResponse(group));
        }, cancellationToken);

    public static Task<IResult> CreateAdsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        WriteAsync(adAccountId, request, api, singleException: true, async (account, item) =>
        {
            var adGroupId = item.String("ad_group_id");
            var group = await api.Db.AdGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == adGroupId && g.AdAccountId == account.Id, cancellationToken);
            if (group is null)
            {
                return Refused(2, "Ad group not found.");
            }

            var pinId = item.String("pin_id");
            if (!await api.Db.Pins.AnyAsync(p => p.Id == pinId && p.OwnerId == api.Caller.UserId, cancellationToken))
            {
                return Refused(50, "Pin not found.");
            }

            var creativeType = item.String("creative_type");
            var status = item.String("status") ?? "ACTIVE";
            if (!CreativeTypes.Contains(creativeType, StringComparer.Ordinal) || !AdsQueryParsing.EntityStatuses.Contains(status, StringComparer.Ordinal))
            {
                return Refused(1, "creative_type and status must be valid.");
            }

            var ad = new AdEntity
            {
                Id = NewId(),
                AdAccountId = account.Id,
                CampaignId = group.CampaignId,
                AdGroupId = group.Id,
                PinId = pinId!,
                Name = item.String("name"),
                Status = status,
                CreativeType = creativeType!,
                DestinationUrl = item.String("destination_url"),
                CreatedAt = api.Now,
                UpdatedAt = api.Now,
            };
            api.Db.Ads.Add(ad);
            return Written(AdsMapper.ToResponse(ad));
        }, cancellationToken);

    public static Task<IResult> UpdateAdsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken) =>
        WriteAsync(adAccountId, request, api, singleException: true, async (account, item) =>
        {
            var id = item.String("id");
            var ad = await api.Db.Ads.FirstOrDefaultAsync(a => a.Id == id && a.AdAccountId == account.Id, cancellationToken);
            if (ad is null)
            {
                return Refused(2, "Ad not found.");
            }

            if (item.String("status") is { } status && !AdsQueryParsing.EntityStatuses.Contains(status, StringComparer.Ordinal))
            {
                return Refused(1, "status must be an entity status.");
            }

            ad.Name = item.Has("name") ? item.String("name") : ad.Name;
            ad.Status = item.String("status") ?? ad.Status;
            ad.DestinationUrl = item.Has("destination_url") ? item.String("destination_url") : ad.DestinationUrl;
            ad.UpdatedAt = api.Now;
            return Written(AdsMapper.ToResponse(ad));
        }, cancellationToken);

    private static async Task<IResult> WriteAsync(
        string adAccountId, HttpRequest request, ApiContext api, bool singleException,
        Func<AdAccountEntity, JsonObject, Task<(object? Data, AdsErrorItem? Error)>> write, CancellationToken cancellationToken)
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        JsonArray? items;
        try
        {
            items = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonArray;
        }
        catch (JsonException)
        {
            items = null;
        }

        if (items is null || items.Count is 0 or > MaxItems || items.Any(i => i is not JsonObject))
        {
            return SandboxErrors.InvalidParameters($"The body must be an array of 1 to {MaxItems} objects.");
        }

        var answers = new JsonArray();
        foreach (var item in items.Cast<JsonObject>())
        {
            (object? Data, AdsErrorItem? Error) outcome;
            try
            {
                outcome = await write(account, item);
            }
            catch (FormatException ex)
            {
                outcome = Refused(1, ex.Message);
            }

            var answer = new JsonObject();
            if (outcome.Data is not null)
            {
                answer["data"] = JsonSerializer.SerializeToNode(outcome.Data, SandboxJson.Options);
            }

            var exception = outcome.Error is { } e ? new JsonObject { ["code"] = e.Code, ["message"] = e.Message } : null;
            answer["exceptions"] = singleException ? exception ?? new JsonObject() : exception is null ? new JsonArray() : new JsonArray(exception);
            answers.Add(answer);
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = answers });
    }

    private static (object? Data, AdsErrorItem? Error) Written(object data) => (data, null);

    private static (object? Data, AdsErrorItem? Error) Refused(int code, string message) => (null, new AdsErrorItem(code, message));

    private static string NewId() => SandboxIds.NewId()[..18];

    private static long? Long(this JsonObject body, string name)
    {
        var node = body[name];
        return node is null ? null
            : node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var value) ? value
            : throw new FormatException($"{name} must be an integer.");
    }
}
