using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>Tokens and codes are random; only their SHA-256 reaches the database.</summary>
internal static class TokenHasher
{
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    // Prefixes follow Pinterest (pina_ access, pinr. refresh); the random part is generated at runtime.
    public static string NewAccessToken() => "pina_" + RandomPart();

    public static string NewRefreshToken() => "pinr." + RandomPart();

    public static string NewCode() => RandomPart();

    private static string RandomPart() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
