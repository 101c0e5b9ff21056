using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>HTTP Basic client authentication, the only scheme the spec declares for <c>oauth/token</c>.</summary>
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
        return separator > 0
            && FixedTimeEquals(decoded[..separator], options.ClientId)
            && FixedTimeEquals(decoded[(separator + 1)..], options.ClientSecret);
    }

    private static bool FixedTimeEquals(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(left), Encoding.UTF8.GetBytes(right));
}
