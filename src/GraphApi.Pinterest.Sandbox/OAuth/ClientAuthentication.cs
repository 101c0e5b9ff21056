using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>
/// HTTP Basic client authentication, the only scheme the spec declares for <c>oauth/token</c>. Like Pinterest, a wrong
/// secret and an unknown app id get the same answer (401, code 2, "Authentication failed.").
/// </summary>
internal static class ClientAuthentication
{
    public static bool IsValid(HttpRequest request, SandboxOptions options)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var (id, secret) = (decoded[..separator], decoded[(separator + 1)..]);
        // Every known app is compared, so the answer's timing does not tell a known id from an unknown one.
        var valid = false;
        foreach (var app in options.KnownApps)
        {
            valid |= FixedTimeEquals(id, app.ClientId) & FixedTimeEquals(secret, app.ClientSecret);
        }

        return valid;
    }

    private static bool FixedTimeEquals(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(left), Encoding.UTF8.GetBytes(right));
}
