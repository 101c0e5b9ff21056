using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static GraphApi.Pinterest.Sandbox.Api.AdResources.AdResourceRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>
/// Audience sizing and bid floors: POSTs that write nothing. Both answers are a fixed function of the request, so a
/// test can state the number it expects: every targeting type narrows the reach by half (locations by 40%), and a bid
/// floor depends on the billable event only.
/// </summary>
internal static class PlanningEndpoints
{
    public const long BaseReach = 120_000_000;
    public const int MaxBidFloorSpecs = 50;

    public static void MapPlanning(this RouteGroupBuilder v5)
    {
        v5.MapPost("/ad_accounts/{adAccountId}/ad_groups/audience_sizing", SizingAsync).AdResourceOperation("ad_groups/audience_sizing", AdsRead, SandboxScopes.AdsRead);
        v5.MapPost("/ad_accounts/{adAccountId}/bid_floor", BidFloorAsync).AdResourceOperation("ad_groups_bid_floor/get", AdsRead, SandboxScopes.AdsRead);
    }

    private static async Task<IResult> SizingAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        var reach = (double)BaseReach;
        if (body["targeting_spec"] is JsonObject spec)
        {
            foreach (var (type, values) in spec)
            {
                if (values is JsonArray { Count: > 0 })
                {
                    reach *= type == "LOCATION" ? 0.6 : 0.5;
                }
            }
        }

        var lower = (long)Math.Round(reach);
        return SandboxJson.Ok(new JsonObject { ["audience_size_lower_bound"] = lower, ["audience_size_upper_bound"] = lower * 3 / 2 });
    }

    private static async Task<IResult> BidFloorAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body
            || body["bid_floor_specs"] is not JsonArray specs || specs.Count is 0 or > MaxBidFloorSpecs)
        {
            return SandboxErrors.InvalidParameters($"bid_floor_specs is required: 1 to {MaxBidFloorSpecs} specs.");
        }

        var floors = new JsonArray();
        foreach (var spec in specs)
        {
            var billable = spec is JsonObject o && o["billable_event"]?.GetValueKind() == JsonValueKind.String ? o["billable_event"]!.GetValue<string>() : null;
            var currency = spec is JsonObject c && c["currency"]?.GetValueKind() == JsonValueKind.String ? c["currency"]!.GetValue<string>() : null;
            long? floor = billable switch
            {
                "CLICKTHROUGH" => 100_000,
                "IMPRESSION" => 2_000_000,
                "VIDEO_V_50_MRC" => 30_000,
                _ => null,
            };
            if (floor is null || currency is not { Length: 3 })
            {
                return SandboxErrors.InvalidParameters("Each bid floor spec needs a billable_event (CLICKTHROUGH, IMPRESSION, VIDEO_V_50_MRC) and a currency.");
            }

            floors.Add(floor.Value);
        }

        return SandboxJson.Ok(new JsonObject { ["bid_floors"] = floors, ["type"] = "bidfloor" });
    }
}
