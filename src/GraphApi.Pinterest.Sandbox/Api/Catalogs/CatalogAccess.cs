using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.Catalogs;

/// <summary>
/// Whose catalogs a call works on. Without <c>ad_account_id</c>: the caller's. With it (Business Access): the owner of
/// that ad account, which the sandbox allows only when the caller owns the account (no roles are emulated). The spec
/// documents 401 code 29 for catalogs calls the caller may not make, so another user's account answers that.
/// </summary>
internal static class CatalogAccess
{
    public static IResult NotPermitted() => SandboxErrors.Error(StatusCodes.Status401Unauthorized, 29, "You are not permitted to access that resource.");

    public static async Task<(string? OwnerId, IResult? Error)> OwnerAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!request.Query.TryGetValue("ad_account_id", out var values))
        {
            return (api.Caller.UserId, null);
        }

        var adAccountId = values.ToString();
        if (!AdAccountAccess.IsId(adAccountId))
        {
            return (null, SandboxErrors.InvalidParameters("ad_account_id must be up to 18 digits."));
        }

        var owner = await api.Db.AdAccounts.AsNoTracking().Where(a => a.Id == adAccountId).Select(a => a.OwnerId).FirstOrDefaultAsync(cancellationToken);
        return owner == api.Caller.UserId ? (owner, null) : (null, NotPermitted());
    }

    /// <summary>Pinterest's ids in these paths: digits only.</summary>
    public static bool IsId(string? value) => value is { Length: > 0 and <= 19 } && value.All(char.IsAsciiDigit);
}
