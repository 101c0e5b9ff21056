using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Tests.Infrastructure;

/// <summary>Caller JWTs signed with the test key that <see cref="GraphApiFactory"/> configures.</summary>
public static class TestTokens
{
    public const string Issuer = "graphapi-tests";
    public const string Audience = "graphapi";

    // A fixed test-only key, base64 of 32 bytes; it signs nothing outside the test host.
    public const string SigningKey = "dGVzdC1vbmx5LXNpZ25pbmcta2V5LTMyLWJ5dGVzISE=";

    public static string Create(
        string userId = "test-user",
        string? tenantId = null,
        string? scope = null,
        string issuer = Issuer,
        string audience = Audience,
        string signingKey = SigningKey,
        TimeSpan? lifetime = null,
        string? role = null)
    {
        var claims = new List<Claim> { new("sub", userId) };
        if (role is not null)
        {
            claims.Add(new Claim("role", role));
        }

        if (tenantId is not null)
        {
            claims.Add(new Claim("tenantId", tenantId));
        }

        if (scope is not null)
        {
            claims.Add(new Claim("scope", scope));
        }

        var now = DateTime.UtcNow;
        var expires = now.Add(lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
