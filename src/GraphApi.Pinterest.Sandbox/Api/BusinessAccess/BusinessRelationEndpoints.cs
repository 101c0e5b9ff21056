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
/// Employers, members and partners. Lists and writes are for the business's BIZ_ADMINs; the employers list is the
/// caller's own. Filters as the spec gives them: <c>business_roles</c> (repeated), <c>member_ids</c> and
/// <c>partner_ids</c> (one comma-separated string of at most 500 characters), <c>partner_type</c>, <c>assets_summary</c>.
/// </summary>
internal static class BusinessRelationEndpoints
{
    public static void MapBusinessRelations(this RouteGroupBuilder v5)
    {
        v5.MapGet("/businesses/employers", EmployersAsync).BusinessOperation("get/business_employers", Read, SandboxScopes.BizAccessRead);
        v5.MapGet("/businesses/{businessId}/members", MembersAsync).BusinessOperation("get/business_members", Read, SandboxScopes.BizAccessRead);
        v5.MapPatch("/businesses/{businessId}/members", UpdateMembersAsync).BusinessOperation("update/business_memberships", Write, SandboxScopes.BizAccessWrite);
        v5.MapDelete("/businesses/{businessId}/members", DeleteMembersAsync).BusinessOperation("delete_business_membership", Write, SandboxScopes.BizAccessRead, SandboxScopes.BizAccessWrite);
        v5.MapGet("/businesses/{businessId}/partners", PartnersAsync).BusinessOperation("get/business_partners", Read, SandboxScopes.BizAccessRead);
        v5.MapDelete("/businesses/{businessId}/partners", DeletePartnersAsync).BusinessOperation("delete_business_partners", Write, SandboxScopes.BizAccessWrite);
    }

    private static async Task<IResult> EmployersAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        var rows = await api.Db.BusinessRelations.AsNoTracking()
            .Where(r => r.Kind == BusinessRelationEntity.Member && r.HolderId == api.Caller.UserId)
            .OrderBy(r => r.BusinessId)
            .ToListAsync(cancellationToken);
        return SandboxJson.Ok(Page<JsonObject>.FromList(rows.Select(r => names.Binding(r, r.BusinessId, null, null)), page));
    }

    private static async Task<IResult> MembersAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var roles = request.Query["business_roles"].Select(r => r!).ToList();
        if (roles.Any(r => !BusinessBody.MemberRoles.Contains(r)))
        {
            return BusinessBody.Invalid("business_roles must be EMPLOYEE or BIZ_ADMIN.");
        }

        if (!TryIds(request, "member_ids", out var ids, out var idError) || !TryFlag(request, "assets_summary", out var summary, out idError)
            || !TryFlag(request, "fetch_system_users", out _, out idError) || !TryStartIndex(request, out idError))
        {
            return idError!;
        }

        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        var query = api.Db.BusinessRelations.AsNoTracking().Where(r => r.BusinessId == businessId && r.Kind == BusinessRelationEntity.Member);
        if (roles.Count > 0)
        {
            query = query.Where(r => roles.Contains(r.Role));
        }

        if (ids is not null)
        {
            query = query.Where(r => ids.Contains(r.HolderId));
        }

        return await BindingsAsync(api, businessId, query, summary, page, cancellationToken);
    }

    private static async Task<IResult> PartnersAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
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

        if (!TryIds(request, "partner_ids", out var ids, out var idError) || !TryFlag(request, "assets_summary", out var summary, out idError) || !TryStartIndex(request, out idError))
        {
            return idError!;
        }

        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        // INTERNAL (the default): partners with access to this business's assets. EXTERNAL: businesses this one is a
        // partner of.
        var query = partnerType == "EXTERNAL"
            ? api.Db.BusinessRelations.AsNoTracking().Where(r => r.Kind == BusinessRelationEntity.Partner && r.HolderId == businessId)
            : api.Db.BusinessRelations.AsNoTracking().Where(r => r.Kind == BusinessRelationEntity.Partner && r.BusinessId == businessId);
        if (ids is not null)
        {
            query = partnerType == "EXTERNAL" ? query.Where(r => ids.Contains(r.BusinessId)) : query.Where(r => ids.Contains(r.HolderId));
        }

        return await BindingsAsync(api, businessId, query, summary, page, cancellationToken, external: partnerType == "EXTERNAL");
    }

    private static async Task<IResult> BindingsAsync(
        ApiContext api, string businessId, IQueryable<BusinessRelationEntity> query, bool summary, PageRequest page, CancellationToken cancellationToken, bool external = false)
    {
        var rows = await query.OrderBy(r => r.CreatedAt).ThenBy(r => r.HolderId).ToListAsync(cancellationToken);
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        List<BusinessAccessEntity>? accesses = null;
        Dictionary<string, string>? types = null;
        if (summary)
        {
            accesses = await api.Db.BusinessAccesses.AsNoTracking().Where(a => a.BusinessId == businessId).ToListAsync(cancellationToken);
            types = await api.Db.BusinessAssets.AsNoTracking().Where(a => a.BusinessId == businessId).ToDictionaryAsync(a => a.AssetId, a => a.AssetType, cancellationToken);
        }

        return SandboxJson.Ok(Page<JsonObject>.FromList(rows.Select(r => names.Binding(r, external ? r.BusinessId : r.HolderId, accesses, types)), page));
    }

    private static async Task<IResult> UpdateMembersAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var items = BusinessBody.Objects(body, int.MaxValue);
        if (items is null || items.Any(i => !BusinessBody.IsDigits(BusinessBody.Text(i, "member_id")) || !BusinessBody.MemberRoles.Contains(BusinessBody.Text(i, "business_role"))))
        {
            return BusinessBody.Invalid("A non-empty array of {member_id, business_role: EMPLOYEE|BIZ_ADMIN} is required.");
        }

        var results = new JsonArray();
        foreach (var item in items)
        {
            var memberId = BusinessBody.Text(item, "member_id")!;
            var role = BusinessBody.Text(item, "business_role")!;
            var member = await api.Db.BusinessRelations.FirstOrDefaultAsync(
                r => r.BusinessId == businessId && r.Kind == BusinessRelationEntity.Member && r.HolderId == memberId, cancellationToken);
            if (member is null)
            {
                // Pinterest leaves a member it does not know out of the answer.
                continue;
            }

            member.Role = role;
            results.Add(new JsonObject { ["member_id"] = memberId, ["business_role"] = role });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }

    private static async Task<IResult> DeleteMembersAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var items = bodyError is null ? BusinessBody.Objects(body?["members"], 50) : null;
        if (items is null || items.Any(i => !BusinessBody.IsDigits(BusinessBody.Text(i, "member_id")) || !BusinessBody.MemberRoles.Contains(BusinessBody.Text(i, "business_role"))))
        {
            return bodyError ?? BusinessBody.Invalid("members: 1-50 {member_id, business_role: EMPLOYEE|BIZ_ADMIN} are required.");
        }

        var deleted = new JsonArray();
        foreach (var memberId in items.Select(i => BusinessBody.Text(i, "member_id")!).Distinct(StringComparer.Ordinal))
        {
            var member = await api.Db.BusinessRelations.FirstOrDefaultAsync(
                r => r.BusinessId == businessId && r.Kind == BusinessRelationEntity.Member && r.HolderId == memberId, cancellationToken);
            if (member is null)
            {
                continue;
            }

            api.Db.BusinessRelations.Remove(member);
            await api.Db.BusinessAccesses.Where(a => a.BusinessId == businessId && a.HolderId == memberId).ExecuteDeleteAsync(cancellationToken);
            deleted.Add(memberId);
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["deleted_members"] = deleted });
    }

    private static async Task<IResult> DeletePartnersAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var ids = bodyError is null ? BusinessBody.Strings(body?["partner_ids"], 50) : null;
        var partnerType = body is JsonObject o ? BusinessBody.Text(o, "partner_type") : null;
        if (ids is null || ids.Any(i => !BusinessBody.IsDigits(i, 22)) || partnerType is not (null or "INTERNAL" or "EXTERNAL"))
        {
            return bodyError ?? BusinessBody.Invalid("partner_ids: 1-50 ids are required; partner_type is INTERNAL or EXTERNAL.");
        }

        var deleted = new JsonArray();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            // INTERNAL: the partnership a partner has with this business; EXTERNAL: this business's with the partner.
            var (owner, holder) = partnerType == "EXTERNAL" ? (id, businessId) : (businessId, id);
            var relation = await api.Db.BusinessRelations.FirstOrDefaultAsync(
                r => r.BusinessId == owner && r.Kind == BusinessRelationEntity.Partner && r.HolderId == holder, cancellationToken);
            if (relation is null)
            {
                continue;
            }

            api.Db.BusinessRelations.Remove(relation);
            await api.Db.BusinessAccesses.Where(a => a.BusinessId == owner && a.HolderId == holder).ExecuteDeleteAsync(cancellationToken);
            deleted.Add(id);
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["deleted_partners"] = deleted });
    }

    internal static bool TryIds(HttpRequest request, string name, out List<string>? ids, out IResult? error)
    {
        ids = null;
        error = null;
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        ids = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (raw.Length > 500 || ids.Count == 0 || ids.Any(i => !BusinessBody.IsDigits(i)))
        {
            error = BusinessBody.Invalid($"{name} must be comma-separated ids, at most 500 characters.");
            return false;
        }

        return true;
    }

    internal static bool TryFlag(HttpRequest request, string name, out bool value, out IResult? error)
    {
        var raw = request.Query[name].ToString();
        value = raw == "true";
        error = raw is "" or "true" or "false" ? null : BusinessBody.Invalid($"{name} must be true or false.");
        return error is null;
    }

    internal static bool TryStartIndex(HttpRequest request, out IResult? error)
    {
        var raw = request.Query["start_index"].ToString();
        error = raw.Length == 0 || (raw.Length < 10 && raw.All(char.IsAsciiDigit)) ? null : BusinessBody.Invalid("start_index must be a non-negative integer.");
        return error is null;
    }
}
