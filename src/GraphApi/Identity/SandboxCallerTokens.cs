using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Identity;

/// <summary>
/// Mints caller JWTs with the gateway's own symmetric key. Only registered in sandbox mode: with real
/// Pinterest credentials, callers' tokens come from the configured identity provider and never from here.
/// </summary>
internal sealed class SandboxCallerTokens(IOptions<CallerAuthenticationOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public (string Token, DateTimeOffset ExpiresAt) Issue(string userId, string? tenantId)
    {
        var settings = options.Value;
        if (settings.SigningKey is null || !SigningKeys.TryDecode(settings.SigningKey, out var key))
        {
            throw new InvalidOperationException("Sandbox tokens need Authentication:SigningKey (generated automatically in sandbox mode).");
        }

        var now = time.GetUtcNow();
        var claims = new List<Claim> { new(Caller.SubjectClaim, userId) };
        if (!string.IsNullOrEmpty(tenantId))
        {
            claims.Add(new Claim(Caller.TenantClaim, tenantId));
        }

        var expiresAt = now.Add(Lifetime);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }
}
