using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphApi.Bench.Runner;

/// <summary>
/// The benchmark's caller JWT (HS256), signed with the key the gateway is started with. Written by hand rather than
/// with Microsoft.IdentityModel: a fixed three-part token with one signature is all the runner needs, and the gateway
/// validates it with the real JwtBearer handler, so a malformed token fails the connect step loudly.
/// </summary>
internal static class CallerToken
{
    public const string Issuer = "graphapi-bench";
    public const string Audience = "graphapi";

    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Create(string signingKey, string userId, TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" }));
        var claims = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = userId,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        }));
        var signature = HMACSHA256.HashData(Convert.FromBase64String(signingKey), Encoding.ASCII.GetBytes($"{header}.{claims}"));
        return $"{header}.{claims}.{Encode(signature)}";
    }

    private static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
