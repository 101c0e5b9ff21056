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
/// Invites and requests. A BIZ_ADMIN lists, sends and cancels them; only the recipient answers one (the invited user,
/// or a BIZ_ADMIN of the invited business): an answer by anyone else is refused per item with code 403 inside a 200,
/// as the spec's per-item <c>exception</c> describes. Accepting a member invite makes the user a member with the
/// invite's role; accepting a partner invite makes the recipient business a partner.
/// </summary>
internal static class BusinessInviteEndpoints
{
    private static readonly string[] InviteTypes = ["MEMBER_INVITE", "PARTNER_INVITE", "PARTNER_REQUEST"];

    public static void MapBusinessInvites(this RouteGroupBuilder v5)
    {
        v5.MapGet("/businesses/{businessId}/invites", ListAsync).BusinessOperation("get/invites", Read, SandboxScopes.BizAccessRead);
        v5.MapPost("/businesses/{businessId}/invites", CreateAsync).BusinessOperation("create_membership_or_partnership_invites", Write, SandboxScopes.BizAccessWrite);
        v5.MapDelete("/businesses/{businessId}/invites", CancelAsync).BusinessOperation("cancel_invites_or_requests", Write, SandboxScopes.BizAccessWrite);
        v5.MapPatch("/businesses/invites", RespondAsync).BusinessOperation("respond_business_access_invites", Write, SandboxScopes.BizAccessRead, SandboxScopes.BizAccessWrite);
    }

    private static async Task<IResult> ListAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var statuses = request.Query["invite_status"].Select(s => s!).ToList();
        var type = request.Query["invite_type"].ToString();
        if (statuses.Any(s => s is not ("PENDING" or "EXPIRED")) || (type.Length > 0 && !InviteTypes.Contains(type)))
        {
            return BusinessBody.Invalid("invite_status must be PENDING or EXPIRED; invite_type MEMBER_INVITE, PARTNER_INVITE or PARTNER_REQUEST.");
        }

        if (!BusinessRelationEndpoints.TryFlag(request, "is_member", out _, out var flagError))
        {
            return flagError!;
        }

        if (!PageRequest.TryParse(request, out var page, out var pageError))
        {
            return pageError!;
        }

        // is_member defaults to true: member invites; false: partner invites and requests.
        var isMember = request.Query["is_member"].ToString() != "false";
        var invites = await api.Db.BusinessInvites.AsNoTracking()
            .Where(i => i.BusinessId == businessId || i.RecipientId == businessId)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var now = api.Now;
        var rows = invites
            .Where(i => (i.InviteType == "MEMBER_INVITE") == isMember)
            .Where(i => type.Length == 0 || i.InviteType == type)
            .Select(i => Expired(i, now))
            .Where(i => statuses.Count == 0 ? i.Status is "PENDING" or "EXPIRED" : statuses.Contains(i.Status));
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        return SandboxJson.Ok(Page<JsonObject>.FromList(rows.Select(i => names.Invite(i, businessId)), page));
    }

    private static async Task<IResult> CreateAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var o = body as JsonObject;
        var role = o is null ? null : BusinessBody.Text(o, "business_role");
        var type = o is null ? null : BusinessBody.Text(o, "invite_type");
        var members = o?["members"] is null ? null : BusinessBody.Strings(o["members"], 50);
        var partners = o?["partners"] is null ? null : BusinessBody.Strings(o["partners"], 50);
        var valid = (type, role) switch
        {
            ("MEMBER_INVITE", "EMPLOYEE" or "BIZ_ADMIN") => members is not null && o!["partners"] is null,
            ("PARTNER_INVITE" or "PARTNER_REQUEST", "PARTNER") => partners is not null && partners.All(p => BusinessBody.IsDigits(p)) && o!["members"] is null,
            _ => false,
        };
        if (!valid)
        {
            return bodyError ?? BusinessBody.Invalid(
                "invite_type and business_role are required: MEMBER_INVITE with EMPLOYEE or BIZ_ADMIN and 1-50 members, or PARTNER_INVITE/PARTNER_REQUEST with PARTNER and 1-50 partner ids.");
        }

        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        var results = new JsonArray();
        foreach (var who in (members ?? partners!).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var recipient = type == "MEMBER_INVITE" ? names.IdOfUsername(who.Split('@')[0]) : who;
            var exists = recipient is not null && (type == "MEMBER_INVITE"
                ? await api.Db.Users.AnyAsync(u => u.Id == recipient, cancellationToken)
                : recipient != businessId && await api.Db.Businesses.AnyAsync(b => b.Id == recipient, cancellationToken));
            if (!exists)
            {
                results.Add(BusinessResponses.Refusal(404, type == "MEMBER_INVITE" ? "User not found." : "Business not found.", null, who));
                continue;
            }

            var kind = type == "MEMBER_INVITE" ? BusinessRelationEntity.Member : BusinessRelationEntity.Partner;
            var already = await api.Db.BusinessRelations.AnyAsync(r => r.BusinessId == businessId && r.Kind == kind && r.HolderId == recipient, cancellationToken)
                || await api.Db.BusinessInvites.AnyAsync(i => i.BusinessId == businessId && i.RecipientId == recipient && i.Status == "PENDING", cancellationToken);
            if (already)
            {
                results.Add(BusinessResponses.Refusal(409, "This user or business already has access or a pending invite.", null, who));
                continue;
            }

            var invite = new BusinessInviteEntity
            {
                Id = SandboxIds.NewId(),
                BusinessId = businessId,
                InviteType = type!,
                Role = role!,
                RecipientId = recipient!,
                Status = "PENDING",
                CreatedByUserId = api.Caller.UserId,
                CreatedAt = api.Now,
                UpdatedAt = api.Now,
                ExpiresAt = api.Now.AddDays(30),
            };
            api.Db.BusinessInvites.Add(invite);
            results.Add(new JsonObject { ["invite"] = new JsonObject { ["id"] = invite.Id, ["user"] = names.Summary(recipient!) } });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }

    private static async Task<IResult> CancelAsync(string businessId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await BusinessGuard.AdminAsync(api, businessId, cancellationToken) is { } error)
        {
            return error;
        }

        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var ids = bodyError is null ? BusinessBody.Strings(body?["invite_ids"], 50) : null;
        if (ids is null || ids.Any(i => !BusinessBody.IsDigits(i)))
        {
            return bodyError ?? BusinessBody.Invalid("invite_ids: 1-50 ids are required.");
        }

        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        var results = new JsonArray();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var invite = await api.Db.BusinessInvites.FirstOrDefaultAsync(i => i.Id == id && i.BusinessId == businessId, cancellationToken);
            if (invite is not { Status: "PENDING" })
            {
                results.Add(new JsonObject { ["exception"] = new JsonObject { ["invite_id"] = id, ["message"] = "Invite not found or no longer pending." } });
                continue;
            }

            invite.Status = "CANCELLED";
            invite.UpdatedAt = api.Now;
            results.Add(new JsonObject { ["invite"] = names.Invite(invite, businessId) });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }

    private static async Task<IResult> RespondAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (body, bodyError) = await BusinessBody.ReadAsync(request, cancellationToken);
        var items = bodyError is null ? BusinessBody.Objects(body?["invites"], 100) : null;
        if (items is null || items.Any(i => !BusinessBody.IsDigits(BusinessBody.Text(i, "invite_id")) || i["action"] is not JsonObject a
            || a["accept_invite"] is not JsonValue v || !v.TryGetValue<bool>(out _)))
        {
            return bodyError ?? BusinessBody.Invalid("invites: 1-100 {invite_id, action: {accept_invite}} are required.");
        }

        var caller = api.Caller.UserId;
        var adminOf = await api.Db.BusinessRelations.AsNoTracking()
            .Where(r => r.Kind == BusinessRelationEntity.Member && r.HolderId == caller && r.Role == BusinessGuard.Admin)
            .Select(r => r.BusinessId)
            .ToListAsync(cancellationToken);
        var names = await BusinessResponses.LoadAsync(api, cancellationToken);
        var results = new JsonArray();
        foreach (var item in items)
        {
            var id = BusinessBody.Text(item, "invite_id")!;
            var accept = item["action"]!["accept_invite"]!.GetValue<bool>();
            var invite = await api.Db.BusinessInvites.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            var isRecipient = invite is not null && (invite.InviteType == "MEMBER_INVITE" ? invite.RecipientId == caller : adminOf.Contains(invite.RecipientId));
            if (invite is null || !isRecipient)
            {
                // The same refusal whether the invite exists or was sent to someone else.
                results.Add(BusinessResponses.Refusal(403, "You are not permitted to respond to this invite.", id));
                continue;
            }

            if (Expired(invite, api.Now).Status != "PENDING")
            {
                results.Add(BusinessResponses.Refusal(409, "This invite is no longer pending.", id));
                continue;
            }

            invite.Status = accept ? "ACCEPTED" : "DECLINED";
            invite.UpdatedAt = api.Now;
            if (accept)
            {
                api.Db.BusinessRelations.Add(new BusinessRelationEntity
                {
                    BusinessId = invite.BusinessId,
                    Kind = invite.InviteType == "MEMBER_INVITE" ? BusinessRelationEntity.Member : BusinessRelationEntity.Partner,
                    HolderId = invite.RecipientId,
                    Role = invite.Role,
                    CreatedByUserId = invite.CreatedByUserId,
                    CreatedAt = api.Now,
                });
            }

            results.Add(new JsonObject { ["invite"] = names.Invite(invite, invite.RecipientId) });
        }

        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(new JsonObject { ["items"] = results });
    }

    private static BusinessInviteEntity Expired(BusinessInviteEntity invite, DateTime now)
    {
        if (invite.Status == "PENDING" && invite.ExpiresAt < now)
        {
            invite.Status = "EXPIRED";
        }

        return invite;
    }
}
