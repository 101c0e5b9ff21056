using System.Security.Cryptography;
using System.Text.Json;
using GraphApi.Accounts.Links;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// Seals <see cref="OAuthState"/> into the opaque <c>state</c> string. Data Protection gives confidentiality and
/// integrity (a forged or altered state does not open); the issue time inside tells an expired state from a forged one.
/// </summary>
internal sealed class OAuthStateProtector(IDataProtectionProvider provider, TimeProvider time)
{
    private readonly IDataProtector _protector = provider.CreateProtector("GraphApi.Connections.OAuthState.v1");

    public OAuthState Create(AccountLinkKey caller, string returnUrl) => new(
        WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)), caller.TenantId, caller.UserId, returnUrl, time.GetUtcNow());

    public string Protect(OAuthState state) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(JsonSerializer.SerializeToUtf8Bytes(state)));

    public (OAuthState? State, string? Problem) Unprotect(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return (null, "The request has no state parameter.");
        }

        OAuthState? state;
        try
        {
            state = JsonSerializer.Deserialize<OAuthState>(_protector.Unprotect(WebEncoders.Base64UrlDecode(value)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            return (null, "The state parameter is not one this gateway issued.");
        }

        if (state is null)
        {
            return (null, "The state parameter is not one this gateway issued.");
        }

        return time.GetUtcNow() > state.ExpiresAt
            ? (null, "The connect link has expired (it is valid for 10 minutes): start again.")
            : (state, null);
    }
}
