using System.Globalization;
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

/// <summary>/v5/ad_accounts/{id}/conversion_tags: the list is one unpaged answer, as Pinterest's is.</summary>
internal static class ConversionTagEndpoints
{
    public static void MapConversionTags(this RouteGroupBuilder v5)
    {
        v5.MapGet("/ad_accounts/{adAccountId}/conversion_tags", ListAsync).AdResourceOperation("conversion_tags/list", AdsRead, SandboxScopes.AdsRead);
        v5.MapPost("/ad_accounts/{adAccountId}/conversion_tags", CreateAsync).AdResourceOperation("conversion_tags/create", AdsWrite, SandboxScopes.AdsWrite);
        v5.MapGet("/ad_accounts/{adAccountId}/conversion_tags/{conversionTagId}", GetAsync).AdResourceOperation("conversion_tags/get", AdsRead, SandboxScopes.AdsRead);
    }

    private static async Task<IResult> ListAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var filterDeleted = request.Query["filter_deleted"].ToString() == "true";
        var tags = (await AdResourceStore.Of(api, adAccountId, AdResourceKinds.ConversionTag).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(AdResourceStore.Body)
            .Where(t => !filterDeleted || t["status"]?.GetValue<string>() != "ARCHIVED")
            .ToList();
        return SandboxJson.Ok(new JsonObject { ["items"] = new JsonArray([.. tags]) });
    }

    private static async Task<IResult> GetAsync(string adAccountId, string conversionTagId, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var tag = await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.ConversionTag, conversionTagId, cancellationToken);
        return tag is null ? AdResourceStore.NotFound("Conversion tag") : SandboxJson.Ok(AdResourceStore.Body(tag));
    }

    private static async Task<IResult> CreateAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? name;
        bool? aem;
        try
        {
            (name, aem) = (body.String("name"), body.Bool("aem_enabled"));
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 255)
        {
            return SandboxErrors.InvalidParameters("name is required and must be 1 to 255 characters.");
        }

        var id = SandboxIds.NewId();
        var tag = New(id, adAccountId, name, aem ?? false);
        AdResourceStore.Add(api, adAccountId, AdResourceKinds.ConversionTag, id, tag);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(tag);
    }

    public static JsonObject New(string id, string adAccountId, string name, bool aemEnabled) => new()
    {
        ["id"] = id,
        ["ad_account_id"] = adAccountId,
        ["name"] = name,
        ["status"] = "ACTIVE",
        ["version"] = "3",
        ["code_snippet"] = string.Create(CultureInfo.InvariantCulture, $"<script>pintrk('load', '{id}');pintrk('page');</script>"),
        ["last_fired_time_ms"] = null,
        ["enhanced_match_status"] = null,
        ["configs"] = new JsonObject { ["aem_enabled"] = aemEnabled, ["md_frequency"] = 1.0 },
    };
}
