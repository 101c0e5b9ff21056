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
/// A business's assets, who may use them, and asset groups. BIZ_ADMINs see and change everything; an EMPLOYEE may list
/// only their own assets (<c>members/{their id}/assets</c>). <c>asset_type</c> defaults to AD_ACCOUNT as in the spec.
/// </summary>
internal static class BusinessAssetEndpoints
{
    private static readonly string[] AssetTypes = ["AD_ACCOUNT", "PROFILE", "ASSET_GROUP", "CATALOG", "CONSUMER"];
    private static readonly string[] GroupTypes = ["BRAND", "LOCATION_OR_LANGUAGE", "PRODUCT_LINE", "OTHER"];
    private static readonly string[] PermissionFilters = [.. BusinessBody.Permissions.Where(p => p != "CONSUMER_USER"), "OWNER"];

    public static void MapBusinessAssets(this RouteGroupBuilder v5)
    {
        v5.MapGet("/businesses/{businessId}/assets", AssetsAsync).BusinessOperation("business_assets/get", Read, SandboxScopes.BizAccessRead);
        v5.MapGet("/businesses/{businessId}/assets/{assetId}/members", (string businessId, string assetId, HttpRequest request, ApiContext api, CancellationToken ct) =>
            HoldersAsync(businessId, assetId, BusinessRelationEntity.Member, request, api, ct)).BusinessOperation("business_asset_members/get", Read, SandboxScopes.BizAccessRead);
        v5.MapGet("/businesses/{businessId}/assets/{assetId}/partners", (string businessId, string assetId, HttpRequest request, ApiContext api, CancellationToken ct) =>
            HoldersAsync(businessId, assetId, BusinessRelationEntity.Partner, request, api, ct)).BusinessOperation("business_asset_partners/get", Read, SandboxScopes.BizAccessRead);
        v5.MapGet("/businesses/{businessId}/members/{memberId}/assets", MemberAssetsAsync).BusinessOperation("business_member_assets/get", Read, SandboxScopes.BizAccessRead);
        v5.MapGet("/businesses/{businessId}/partners/{partnerId}/assets", PartnerAssetsAsync).BusinessOperation("business_partner_asset_access/get", Read, SandboxScopes.BizAccessRead);
        v5.MapPatch("/businesses/{businessId}/members/assets/access", UpdateAccessAsync).BusinessOperation("business_members_asset_access/update", Write, SandboxScopes.BizAccessWrite);
        v5.MapDelete("/businesses/{businessId}/members/assets/access", DeleteAccessAsync).BusinessOperation("business_members_asset_access/delete", Write, SandboxScopes.BizAccessWrite);
        v5.MapPost("/businesses/{businessId}/asset_groups", CreateGroupAsync).BusinessOperation("asset_group/create", Write, SandboxScopes.BizAccessRead, SandboxScopes.BizAccessWrite);
        v5.MapPatch("/businesses/{businessId}/asset_groups", UpdateGroupsAsync).BusinessOperation("asset_group/update", Write, SandboxScopes.BizAccessRead, SandboxScopes.BizAccessWrite);
        v5.MapDelete("/businesses/{businessId}/asset_groups", DeleteGroupsAsync).BusinessOperation("asset_group/delete", Write, SandboxScopes.BizAccessRead, SandboxScopes.BizAccessWrite);
    }

    private static bool TryAssetType(HttpRequest request, out string type, out IResult? error)
    {
        var raw = request.Query["asset_type"].ToString();
        type = raw.Length == 0 ? "AD_ACCOUNT" : raw;
        error = AssetTypes.Contains(type) ? null : BusinessBody.Invalid("asset_type must be AD_ACCOUNT, PROFILE, ASSET_GROUP, CATALOG or CONSUMER.");
        return error is null;
    }

    private static async Task<IResult> AssetsAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var permissions = request.Query["permissions"].Select(p => p!).ToList();
        var child = request.Query["child_asset_id"].ToString();
        var group = request.Query["asset_group_id"].ToString();
        if (permissions.Any(p => !PermissionFilters.Contains(p)) || (child.Length > 0 && !BusinessGuard.IsId(child)) || (group.Length > 0 && !BusinessGuard.IsId(group)))
        {
            return BusinessBody.Invalid("permissions, child_asset_id or asset_group_id is not valid.");
        }

        if (!TryAssetType(request, out var type, out var typeError) || !BusinessRelationEndpoints.TryStartIndex(request, out typeError))
        {
            return typeError!;
        }

        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        var assets = await api.Db.BusinessAssets.AsNoTracking().Where(a => a.BusinessId == businessId).OrderBy(a => a.AssetId).ToListAsync(cancellationToken);
        var groupMembers = group.Length > 0 ? Split(assets.FirstOrDefault(a => a.AssetId == group && a.AssetType == "ASSET_GROUP")?.GroupAssetIds) : null;
        var selected = assets
            .Where(a => a.AssetType == type)
            .Where(a => child.Length == 0 || (a.AssetType == "ASSET_GROUP" && Split(a.GroupAssetIds).Contains(child)))
            .Where(a => groupMembers is null || groupMembers.Contains(a.AssetId));
        // The business owns every asset here, so its permission is OWNER (plus everything an owner can do).
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        var rows = selected.Where(_ => permissions.Count == 0 || permissions.Contains("OWNER") || permissions.Contains("ADMIN"))
            .Select(a => names.Asset(a, "OWNER"));
        return SandboxJson.Ok(Page<JsonObject>.FromList(rows, page));
    }

    private static async Task<IResult> HoldersAsync(string businessId, string assetId, string kind, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        if (!BusinessGuard.IsId(assetId))
        {
            return BusinessBody.Invalid("asset_id must be 1-20 digits.");
        }

        if (!BusinessRelationEndpoints.TryFlag(request, "fetch_system_users", out _, out var flagError) || !BusinessRelationEndpoints.TryStartIndex(request, out flagError))
        {
            return flagError!;
        }

        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        if (!await api.Db.BusinessAssets.AnyAsync(a => a.BusinessId == businessId && a.AssetId == assetId, cancellationToken))
        {
            return SandboxErrors.NotPermitted();
        }

        var holders = await api.Db.BusinessRelations.AsNoTracking()
            .Where(r => r.BusinessId == businessId && r.Kind == kind)
            .Select(r => r.HolderId)
            .ToListAsync(cancellationToken);
        var accesses = await api.Db.BusinessAccesses.AsNoTracking()
            .Where(a => a.BusinessId == businessId && a.AssetId == assetId && holders.Contains(a.HolderId))
            .OrderBy(a => a.HolderId)
            .ToListAsync(cancellationToken);
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        var rows = accesses.Select(a => new JsonObject { ["user"] = names.Summary(a.HolderId), ["permissions"] = BusinessResponses.Permissions(a.Permissions) });
        return SandboxJson.Ok(Page<JsonObject>.FromList(rows, page));
    }

    private static async Task<IResult> MemberAssetsAsync(string businessId, string memberId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (role, error) = await BusinessGuard.RoleAsync(api, businessId, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (role != BusinessGuard.Admin && memberId != api.Caller.UserId)
        {
            // An employee cannot see other employees' details.
            return SandboxErrors.NotPermitted();
        }

        return await AssetsOfAsync(businessId, memberId, request, api, cancellationToken);
    }

    private static async Task<IResult> PartnerAssetsAsync(string businessId, string partnerId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var partnerType = request.Query["partner_type"].ToString();
        if (partnerType is not ("" or "INTERNAL" or "EXTERNAL"))
        {
            return BusinessBody.Invalid("partner_type must be INTERNAL or EXTERNAL.");
        }

        // INTERNAL: the partner's access to this business's assets; EXTERNAL: this business's access to the partner's.
        return partnerType == "EXTERNAL"
            ? await AssetsOfAsync(partnerId, businessId, request, api, cancellationToken)
            : await AssetsOfAsync(businessId, partnerId, request, api, cancellationToken);
    }

    private static async Task<IResult> AssetsOfAsync(string businessId, string holderId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!BusinessGuard.IsId(holderId))
        {
            return BusinessBody.Invalid("The member or partner id must be 1-20 digits.");
        }

        if (!TryAssetType(request, out var type, out var typeError) || !BusinessRelationEndpoints.TryStartIndex(request, out typeError))
        {
            return typeError!;
        }

        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        var accesses = await api.Db.BusinessAccesses.AsNoTracking().Where(a => a.BusinessId == businessId && a.HolderId == holderId).ToListAsync(cancellationToken);
        var assets = await api.Db.BusinessAssets.AsNoTracking().Where(a => a.BusinessId == businessId && a.AssetType == type).OrderBy(a => a.AssetId).ToListAsync(cancellationToken);
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        var rows = assets.Join(accesses, a => a.AssetId, x => x.AssetId, (a, x) => names.Asset(a, x.Permissions));
        return SandboxJson.Ok(Page<JsonObject>.FromList(rows, page));
    }

    private static async Task<IResult> UpdateAccessAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var items = bodyError is null ? BusinessBody.AccessGrants(body, "member_id") : null;
        if (items is null)
        {
            return bodyError ?? BusinessBody.Invalid("accesses: 1-50 {asset_id, member_id, permissions (1-50 of Permissions)} are required.");
        }

        var results = new JsonArray();
        foreach (var item in items)
        {
            var (assetId, memberId) = (BusinessBody.Text(item, "asset_id")!, BusinessBody.Text(item, "member_id")!);
            var permissions = string.Join(',', BusinessBody.Strings(item["permissions"], 50)!.Distinct(StringComparer.Ordinal));
            var known = await api.Db.BusinessAssets.AnyAsync(a => a.BusinessId == businessId && a.AssetId == assetId, cancellationToken)
                && await api.Db.BusinessRelations.AnyAsync(r => r.BusinessId == businessId && r.Kind == BusinessRelationEntity.Member && r.HolderId == memberId, cancellationToken);
            if (!known)
            {
                // The spec's items carry only successful responses; an unknown asset or member is left out.
                continue;
            }

            var access = await api.Db.BusinessAccesses.FirstOrDefaultAsync(a => a.BusinessId == businessId && a.AssetId == assetId && a.HolderId == memberId, cancellationToken);
            if (access is null)
            {
                api.Db.BusinessAccesses.Add(new BusinessAccessEntity { BusinessId = businessId, AssetId = assetId, HolderId = memberId, Permissions = permissions });
            }
            else
            {
                access.Permissions = permissions;
            }

            results.Add(new JsonObject
            {
                ["response"] = new JsonObject { ["asset_id"] = assetId, ["member_id"] = memberId, ["permissions"] = BusinessResponses.Permissions(permissions) },
            });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }

    private static async Task<IResult> DeleteAccessAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var items = bodyError is null ? BusinessBody.Objects(body?["accesses"], 100) : null;
        if (items is null || items.Any(i => !BusinessBody.IsDigits(BusinessBody.Text(i, "asset_id")) || !BusinessBody.IsDigits(BusinessBody.Text(i, "member_id"))))
        {
            return bodyError ?? BusinessBody.Invalid("accesses: 1-100 {asset_id, member_id} are required.");
        }

        var results = new JsonArray();
        foreach (var item in items)
        {
            var (assetId, memberId) = (BusinessBody.Text(item, "asset_id")!, BusinessBody.Text(item, "member_id")!);
            var access = await api.Db.BusinessAccesses.FirstOrDefaultAsync(a => a.BusinessId == businessId && a.AssetId == assetId && a.HolderId == memberId, cancellationToken);
            if (access is null)
            {
                continue;
            }

            api.Db.BusinessAccesses.Remove(access);
            results.Add(new JsonObject { ["asset_id"] = assetId, ["member_id"] = memberId });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }

    private static async Task<IResult> CreateGroupAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var o = body as JsonObject;
        var name = o is null ? null : BusinessBody.Text(o, "asset_group_name");
        var description = o is null ? null : BusinessBody.Text(o, "asset_group_description");
        var types = BusinessBody.Strings(o?["asset_group_types"], GroupTypes.Length);
        if (name is not { Length: > 0 } || description is null || types is null || types.Any(t => !GroupTypes.Contains(t)))
        {
            return bodyError ?? BusinessBody.Invalid("asset_group_name, asset_group_description and asset_group_types (BRAND, LOCATION_OR_LANGUAGE, PRODUCT_LINE, OTHER) are required.");
        }

        var group = new BusinessAssetEntity
        {
            BusinessId = businessId,
            AssetId = SandboxIds.NewId(),
            AssetType = "ASSET_GROUP",
            GroupName = name,
            GroupDescription = description,
            GroupTypes = string.Join(',', types.Distinct(StringComparer.Ordinal)),
            GroupAssetIds = string.Empty,
            CreatedByUserId = api.Caller.UserId,
            CreatedAt = api.Now,
        };
        api.Db.BusinessAssets.Add(group);
        await api.Db.SaveChangesAsync(cancellationToken);
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["asset_group"] = names.Group(group) });
    }

    private static async Task<IResult> UpdateGroupsAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var items = bodyError is null ? BusinessBody.Objects(body?["asset_groups_to_update"], 50) : null;
        if (items is null || items.Any(i => !BusinessBody.IsDigits(BusinessBody.Text(i, "asset_group_id"))))
        {
            return bodyError ?? BusinessBody.Invalid("asset_groups_to_update: 1-50 {asset_group_id, ...} are required.");
        }

        var updated = new JsonArray();
        var refused = new JsonArray();
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        foreach (var item in items)
        {
            var id = BusinessBody.Text(item, "asset_group_id")!;
            var group = await api.Db.BusinessAssets.FirstOrDefaultAsync(a => a.BusinessId == businessId && a.AssetId == id && a.AssetType == "ASSET_GROUP", cancellationToken);
            var types = item["asset_group_types"] is null ? null : BusinessBody.Strings(item["asset_group_types"], GroupTypes.Length);
            if (group is null || (item["asset_group_types"] is not null && (types is null || types.Any(t => !GroupTypes.Contains(t)))))
            {
                refused.Add(new JsonObject { ["asset_group_id"] = id, ["code"] = 29, ["message"] = "You are not permitted to access that resource." });
                continue;
            }

            group.GroupName = BusinessBody.Text(item, "name") ?? group.GroupName;
            group.GroupDescription = BusinessBody.Text(item, "description") ?? group.GroupDescription;
            group.GroupTypes = types is null ? group.GroupTypes : string.Join(',', types);
            var members = Split(group.GroupAssetIds).ToList();
            members.AddRange(BusinessBody.Strings(item["assets_to_add"], 1000) ?? []);
            var removed = BusinessBody.Strings(item["assets_to_remove"], 1000) ?? [];
            group.GroupAssetIds = string.Join(',', members.Where(m => !removed.Contains(m)).Distinct(StringComparer.Ordinal));
            updated.Add(names.Group(group));
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["updated_asset_groups"] = updated, ["exceptions"] = refused.Count == 0 ? null : refused });
    }

    private static async Task<IResult> DeleteGroupsAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var ids = bodyError is null ? BusinessBody.Strings(body?["asset_groups_to_delete"], 50) : null;
        if (ids is null || ids.Any(i => !BusinessBody.IsDigits(i)))
        {
            return bodyError ?? BusinessBody.Invalid("asset_groups_to_delete: 1-50 ids are required.");
        }

        var deleted = new JsonArray();
        var refused = new JsonArray();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var group = await api.Db.BusinessAssets.FirstOrDefaultAsync(a => a.BusinessId == businessId && a.AssetId == id && a.AssetType == "ASSET_GROUP", cancellationToken);
            if (group is null)
            {
                refused.Add(new JsonObject { ["asset_group_id"] = id, ["code"] = 29, ["message"] = "You are not permitted to access that resource." });
                continue;
            }

            api.Db.BusinessAssets.Remove(group);
            deleted.Add(id);
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["deleted_asset_groups"] = deleted, ["exceptions"] = refused.Count == 0 ? null : refused });
    }

    private static HashSet<string> Split(string? commaSeparated) =>
        new((commaSeparated ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
