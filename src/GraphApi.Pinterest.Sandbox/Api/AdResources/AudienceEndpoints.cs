using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static GraphApi.Pinterest.Sandbox.Api.AdResources.AdResourceRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>/v5/ad_accounts/{id}/audiences. A removed audience (<c>operation_type: REMOVE</c>) is gone from lists and gets.</summary>
internal static class AudienceEndpoints
{
    public const int NameMaxLength = 256;
    private static readonly string[] Types = ["CUSTOMER_LIST", "VISITOR", "ENGAGEMENT", "ACTALIKE", "PERSONA"];

    public static void MapAudiences(this RouteGroupBuilder v5)
    {
        v5.MapGet("/ad_accounts/{adAccountId}/audiences", ListAsync).AdResourceOperation("audiences/list", AdsRead, SandboxScopes.AdsRead);
        v5.MapPost("/ad_accounts/{adAccountId}/audiences", CreateAsync).AdResourceOperation("audiences/create", AdsWrite, SandboxScopes.AdsWrite);
        v5.MapGet("/ad_accounts/{adAccountId}/audiences/{audienceId}", GetAsync).AdResourceOperation("audiences/get", AdsRead, SandboxScopes.AdsRead);
        v5.MapPatch("/ad_accounts/{adAccountId}/audiences/{audienceId}", UpdateAsync).AdResourceOperation("audiences/update", AdsWrite, SandboxScopes.AdsWrite);
    }

    private static async Task<IResult> ListAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var order = request.Query["order"].ToString();
        if (order is not ("" or "ASCENDING" or "DESCENDING"))
        {
            return SandboxErrors.InvalidParameters("order must be ASCENDING or DESCENDING.");
        }

        return await AdResourceStore.PageAsync(request, AdResourceStore.Of(api, adAccountId, AdResourceKinds.Audience), cancellationToken, order == "DESCENDING");
    }

    private static async Task<IResult> GetAsync(string adAccountId, string audienceId, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var audience = await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.Audience, audienceId, cancellationToken);
        return audience is null ? AdResourceStore.NotFound("Audience") : SandboxJson.Ok(AdResourceStore.Body(audience));
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

        string? name, type, description;
        try
        {
            (name, type, description) = (body.String("name"), body.String("audience_type"), body.String("description"));
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            return SandboxErrors.InvalidParameters($"name is required and must be 1 to {NameMaxLength} characters.");
        }

        if (type is null || !Types.Contains(type, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters($"audience_type must be one of {string.Join(", ", Types)}.");
        }

        if (body["rule"] is not JsonObject rule)
        {
            return SandboxErrors.InvalidParameters("rule is required and must be an object.");
        }

        var id = SandboxIds.NewId();
        var audience = New(id, adAccountId, name, type, description, (JsonObject)rule.DeepClone(), size: null, status: "INITIALIZING", api.Now);
        AdResourceStore.Add(api, adAccountId, AdResourceKinds.Audience, id, audience);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(audience);
    }

    private static async Task<IResult> UpdateAsync(string adAccountId, string audienceId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var entity = await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.Audience, audienceId, cancellationToken);
        if (entity is null)
        {
            return AdResourceStore.NotFound("Audience");
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        var audience = AdResourceStore.Body(entity);
        try
        {
            var operation = body.String("operation_type") ?? "UPDATE";
            if (operation is not ("UPDATE" or "REMOVE"))
            {
                return SandboxErrors.InvalidParameters("operation_type must be UPDATE or REMOVE.");
            }

            if (body.Has("name"))
            {
                var name = body.String("name");
                if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
                {
                    return SandboxErrors.InvalidParameters($"name must be 1 to {NameMaxLength} characters.");
                }

                audience["name"] = name;
            }

            // An explicit null clears the description; an absent one leaves it.
            if (body.Has("description"))
            {
                audience["description"] = body.String("description");
            }

            if (body.Has("rule"))
            {
                if (body["rule"] is not JsonObject rule)
                {
                    return SandboxErrors.InvalidParameters("rule must be an object.");
                }

                audience["rule"] = rule.DeepClone();
            }

            audience["updated_timestamp"] = AdResourceStore.UnixSeconds(api.Now);
            if (operation == "REMOVE")
            {
                api.Db.AdResources.Remove(entity);
            }
            else
            {
                AdResourceStore.Save(entity, audience);
            }
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(audience);
    }

    public static JsonObject New(string id, string adAccountId, string name, string type, string? description, JsonObject rule, long? size, string status, DateTime created) => new()
    {
        ["id"] = id,
        ["ad_account_id"] = adAccountId,
        ["name"] = name,
        ["description"] = description,
        ["audience_type"] = type,
        ["rule"] = rule,
        ["size"] = size,
        ["status"] = status,
        ["type"] = "audience",
        ["created_timestamp"] = AdResourceStore.UnixSeconds(created),
        ["updated_timestamp"] = AdResourceStore.UnixSeconds(created),
    };
}
