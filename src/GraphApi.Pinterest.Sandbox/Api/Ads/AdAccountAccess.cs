using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>
/// The one check every /ad_accounts/{id}/... route makes first: the account exists (404) and the caller owns it
/// (403 code 29, as Pinterest answers an account the token's user has no role on). The sandbox has no shared roles.
/// </summary>
internal static class AdAccountAccess
{
    public static IResult NotFound() => SandboxErrors.Error(StatusCodes.Status404NotFound, 404, "Ad account not found.");

    public static async Task<(AdAccountEntity? Account, IResult? Error)> OwnedAsync(ApiContext api, string adAccountId, CancellationToken cancellationToken)
    {
        if (!IsId(adAccountId))
        {
            return (null, SandboxErrors.InvalidParameters("ad_account_id must be up to 18 digits."));
        }

        var account = await api.Db.AdAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == adAccountId, cancellationToken);
        return account switch
        {
            null => (null, NotFound()),
            _ when account.OwnerId != api.Caller.UserId => (null, SandboxErrors.NotPermitted()),
            _ => (account, null),
        };
    }

    public static bool IsId(string? value) => value is { Length: > 0 and <= 18 } && value.All(char.IsAsciiDigit);
}
