using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.BusinessAccess;

/// <summary>
/// The role check every /businesses/{business_id}/... route makes first. Pinterest's rules: a BIZ_ADMIN manages
/// members, partners, assets and invites; an EMPLOYEE sees only the assets assigned to them (their own asset list);
/// anyone else, and an id that is no business, gets 403 code 29 (the same answer, so ids cannot be probed).
/// </summary>
internal static class BusinessGuard
{
    public const string Admin = "BIZ_ADMIN";
    public const string Employee = "EMPLOYEE";

    public static bool IsId(string? value) => value is { Length: > 0 and <= 20 } && value.All(char.IsAsciiDigit);

    /// <summary>The caller's role in the business, or the refusal.</summary>
    public static async Task<(string? Role, IResult? Error)> RoleAsync(ApiContext api, string businessId, CancellationToken cancellationToken)
    {
        if (!IsId(businessId))
        {
            return (null, SandboxErrors.InvalidParameters("business_id must be 1-20 digits."));
        }

        var role = await api.Db.BusinessRelations.AsNoTracking()
            .Where(r => r.BusinessId == businessId && r.Kind == BusinessRelationEntity.Member && r.HolderId == api.Caller.UserId)
            .Select(r => r.Role)
            .FirstOrDefaultAsync(cancellationToken);
        return role is null ? (null, SandboxErrors.NotPermitted()) : (role, null);
    }

    /// <summary>Refuses anyone but a BIZ_ADMIN of the business.</summary>
    public static async Task<IResult?> AdminAsync(ApiContext api, string businessId, CancellationToken cancellationToken)
    {
        var (role, error) = await RoleAsync(api, businessId, cancellationToken);
        return error ?? (role == Admin ? null : SandboxErrors.NotPermitted());
    }
}
