using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.AdResources.AdResourceRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>
/// /v5/ad_accounts/{id}/keywords. A keyword's parent is the ad account, one of its campaigns (<c>C</c> prefix) or ad
/// groups (<c>AG</c> prefix); the list filters by campaign or ad group and, with neither, returns the account's own.
/// Writes answer 200 with the refused keywords in <c>errors</c>, as Pinterest does.
/// </summary>
internal static class KeywordEndpoints
{
    public const int ValueMaxLength = 120;
    public const int MaxPerWrite = 2000;
    private static readonly string[] MatchTypes = ["BROAD", "PHRASE", "EXACT", "EXACT_NEGATIVE", "PHRASE_NEGATIVE"];

    public static void MapKeywords(this RouteGroupBuilder v5)
    {
        v5.MapGet("/ad_accounts/{adAccountId}/keywords", ListAsync).AdResourceOperation("keywords/get", AdsRead, SandboxScopes.AdsRead);
        v5.MapPost("/ad_accounts/{adAccountId}/keywords", CreateAsync).AdResourceOperation("keywords/create", AdsWrite, SandboxScopes.AdsWrite);
        v5.MapPatch("/ad_accounts/{adAccountId}/keywords", UpdateAsync).AdResourceOperation("keywords/update", AdsWrite, SandboxScopes.AdsWrite);
    }

    private static async Task<IResult> ListAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var parent = request.Query["ad_group_id"].ToString() is { Length: > 0 } adGroup ? adGroup
            : request.Query["campaign_id"].ToString() is { Length: > 0 } campaign ? campaign
            : adAccountId;
        var matchTypes = request.Query["match_types"].Where(m => m is not null).Select(m => m!).ToList();
        if (matchTypes.Any(m => !MatchTypes.Contains(m, StringComparer.Ordinal)))
        {
            return SandboxErrors.InvalidParameters($"match_types must be among {string.Join(", ", MatchTypes)}.");
        }

        if (!PageRequest.TryParse(request, out var pageRequest, out var pageError))
        {
            return pageError!;
        }

        var keywords = (await AdResourceStore.Of(api, adAccountId, AdResourceKinds.Keyword).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(AdResourceStore.Body)
            .Where(k => k["parent_id"]!.GetValue<string>() == parent)
            .Where(k => matchTypes.Count == 0 || matchTypes.Contains(k["match_type"]!.GetValue<string>(), StringComparer.Ordinal));
        return SandboxJson.Ok(Page<JsonObject>.FromList(keywords, pageRequest));
    }

    private static async Task<IResult> CreateAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body
            || body["keywords"] is not JsonArray items || items.Count is 0 or > MaxPerWrite)
        {
            return SandboxErrors.InvalidParameters($"keywords is required: an array of 1 to {MaxPerWrite} keywords.");
        }

        string? parentId;
        try
        {
            parentId = body.String("parent_id");
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (await ParentAsync(api, adAccountId, parentId, cancellationToken) is not { } parent)
        {
            return SandboxErrors.InvalidParameters("parent_id must be this ad account, one of its campaigns (C…) or ad groups (AG…).");
        }

        var written = new JsonArray();
        var refused = new JsonArray();
        foreach (var item in items)
        {
            var value = item is JsonObject o && o["value"]?.GetValueKind() == JsonValueKind.String ? o["value"]!.GetValue<string>() : null;
            var matchType = item is JsonObject m && m["match_type"]?.GetValueKind() == JsonValueKind.String ? m["match_type"]!.GetValue<string>() : null;
            var bid = item is JsonObject b && b["bid"]?.GetValueKind() == JsonValueKind.Number ? b["bid"]!.GetValue<long>() : (long?)null;
            var keyword = New(SandboxIds.NewId(), value ?? string.Empty, matchType, bid, parent.Id, parent.Type);
            if (string.IsNullOrWhiteSpace(value) || value.Length > ValueMaxLength || matchType is null || !MatchTypes.Contains(matchType, StringComparer.Ordinal))
            {
                refused.Add(new JsonObject { ["data"] = keyword, ["error_messages"] = new JsonArray($"A keyword needs a value of 1 to {ValueMaxLength} characters and a valid match_type.") });
                continue;
            }

            AdResourceStore.Add(api, adAccountId, AdResourceKinds.Keyword, keyword["id"]!.GetValue<string>(), keyword);
            written.Add(keyword.DeepClone());
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["keywords"] = written, ["errors"] = refused });
    }

    private static async Task<IResult> UpdateAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body
            || body["keywords"] is not JsonArray items || items.Count is 0 or > MaxPerWrite)
        {
            return SandboxErrors.InvalidParameters($"keywords is required: an array of 1 to {MaxPerWrite} changes.");
        }

        var written = new JsonArray();
        var refused = new JsonArray();
        foreach (var item in items)
        {
            var id = item is JsonObject o && o["id"]?.GetValueKind() == JsonValueKind.String ? o["id"]!.GetValue<string>() : null;
            var entity = id is null ? null : await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.Keyword, id, cancellationToken);
            if (entity is null)
            {
                refused.Add(new JsonObject { ["error_messages"] = new JsonArray("Keyword not found.") });
                continue;
            }

            var keyword = AdResourceStore.Body(entity);
            var change = (JsonObject)item!;
            if (change["archived"]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                keyword["archived"] = change["archived"]!.GetValue<bool>();
            }

            if (change.ContainsKey("bid"))
            {
                keyword["bid"] = change["bid"]?.GetValueKind() == JsonValueKind.Number ? change["bid"]!.GetValue<long>() : null;
            }

            AdResourceStore.Save(entity, keyword);
            written.Add(keyword.DeepClone());
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["keywords"] = written, ["errors"] = refused });
    }

    private static async Task<(string Id, string Type)?> ParentAsync(ApiContext api, string adAccountId, string? parentId, CancellationToken cancellationToken)
    {
        switch (parentId)
        {
            case null:
                return null;
            case var id when id.StartsWith("AG", StringComparison.Ordinal):
                var adGroup = id[2..];
                return await api.Db.AdGroups.AnyAsync(g => g.Id == adGroup && g.AdAccountId == adAccountId, cancellationToken) ? (adGroup, "ad_group") : null;
            case var id when id.StartsWith('C'):
                var campaign = id[1..];
                return await api.Db.Campaigns.AnyAsync(c => c.Id == campaign && c.AdAccountId == adAccountId, cancellationToken) ? (campaign, "campaign") : null;
            case var id when id == adAccountId:
                return (id, "advertiser");
            case var id when await api.Db.AdGroups.AnyAsync(g => g.Id == id && g.AdAccountId == adAccountId, cancellationToken):
                return (id, "ad_group");
            case var id when await api.Db.Campaigns.AnyAsync(c => c.Id == id && c.AdAccountId == adAccountId, cancellationToken):
                return (id, "campaign");
            default:
                return null;
        }
    }

    public static JsonObject New(string id, string value, string? matchType, long? bid, string parentId, string parentType) => new()
    {
        ["id"] = id,
        ["value"] = value,
        ["match_type"] = matchType,
        ["bid"] = bid,
        ["archived"] = false,
        ["parent_id"] = parentId,
        ["parent_type"] = parentType,
        ["type"] = "keyword",
    };
}
