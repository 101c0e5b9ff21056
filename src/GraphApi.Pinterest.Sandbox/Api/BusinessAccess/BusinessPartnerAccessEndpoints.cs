using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.BusinessAccess.BusinessAccessRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.BusinessAccess;

/// <summary>
/// Partners' access to assets (<c>/businesses/{id}/partners/assets</c>): BIZ_ADMINs only. An update grants a partner
/// of this business permissions on this business's asset; a removal ends either that (INTERNAL, the default) or this
/// business's access to the partner's asset (EXTERNAL). Items Pinterest cannot write are left out of its answer.
/// </summary>
internal static class BusinessPartnerAccessEndpoints
{
    public static void MapBusinessPartnerAccess(this RouteGroupBuilder v5)
    {
        v5.MapPatch("/businesses/{businessId}/partners/assets", UpdateAsync).BusinessOperation("update_partner_asset_access_handler_impl", Write, SandboxScopes.BizAccessWrite);
        v5.MapDelete("/businesses/{businessId}/partners/assets", DeleteAsync).BusinessOperation("delete_partner_asset_access_handler_impl", Write, SandboxScopes.BizAccessWrite);
    }

    private static async Task<IResult> UpdateAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var items = bodyError is null ? BusinessBody.AccessGrants(body, "partner_id") : null;
        if (items is null)
        {
            return bodyError ?? BusinessBody.Invalid("accesses: 1-50 {asset_id, partner_id, permissions (1-50 of Permissions)} are required.");
        }

        var results = new JsonArray();
        foreach (var item in items)
        {
            var (assetId, partnerId) = (BusinessBody.Text(item, "asset_id")!, BusinessBody.Text(item, "partner_id")!);
            var permissions = string.Join(',', BusinessBody.Strings(item["permissions"], 50)!.Distinct(StringComparer.Ordinal));
            var asset = await api.Db.BusinessAssets.AsNoTracking().FirstOrDefaultAsync(a => a.BusinessId == businessId && a.AssetId == assetId, cancellationToken);
            var partner = await api.Db.BusinessRelations.AnyAsync(r => r.BusinessId == businessId && r.Kind == BusinessRelationEntity.Partner && r.HolderId == partnerId, cancellationToken);
            if (asset is null || !partner)
            {
                continue;
            }

            var access = await api.Db.BusinessAccesses.FirstOrDefaultAsync(a => a.BusinessId == businessId && a.AssetId == assetId && a.HolderId == partnerId, cancellationToken);
            if (access is null)
            {
                api.Db.BusinessAccesses.Add(new BusinessAccessEntity { BusinessId = businessId, AssetId = assetId, HolderId = partnerId, Permissions = permissions });
            }
            else
            {
                access.Permissions = permissions;
            }

            results.Add(new JsonObject
            {
                ["asset_id"] = assetId,
                ["asset_type"] = asset.AssetType,
                ["partner_id"] = partnerId,
                ["permissions"] = BusinessResponses.Permissions(permissions),
            });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }

    private static async Task<IResult> DeleteAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var items = bodyError is null ? BusinessBody.Objects(body?["accesses"], 50) : null;
        if (items is null || items.Any(i => !BusinessBody.IsDigits(BusinessBody.Text(i, "asset_id")) || !BusinessBody.IsDigits(BusinessBody.Text(i, "partner_id"))
            || BusinessBody.Text(i, "partner_type") is not (null or "INTERNAL" or "EXTERNAL")))
        {
            return bodyError ?? BusinessBody.Invalid("accesses: 1-50 {asset_id, partner_id, partner_type (INTERNAL or EXTERNAL)} are required.");
        }

        var results = new JsonArray();
        foreach (var item in items)
        {
            var (assetId, partnerId) = (BusinessBody.Text(item, "asset_id")!, BusinessBody.Text(item, "partner_id")!);
            var external = BusinessBody.Text(item, "partner_type") == "EXTERNAL";
            // INTERNAL: the partner's access to this business's asset; EXTERNAL: this business's access to the partner's.
            var (owner, holder) = external ? (partnerId, businessId) : (businessId, partnerId);
            var access = await api.Db.BusinessAccesses.FirstOrDefaultAsync(a => a.BusinessId == owner && a.AssetId == assetId && a.HolderId == holder, cancellationToken);
            var asset = await api.Db.BusinessAssets.AsNoTracking().FirstOrDefaultAsync(a => a.BusinessId == owner && a.AssetId == assetId, cancellationToken);
            if (access is null || asset is null)
            {
                continue;
            }

            api.Db.BusinessAccesses.Remove(access);
            results.Add(new JsonObject
            {
                ["asset_id"] = assetId,
                ["asset_type"] = asset.AssetType,
                ["is_shared_partner"] = external,
                ["partner_id"] = partnerId,
                ["permissions"] = BusinessResponses.Permissions(access.Permissions),
            });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }
}
