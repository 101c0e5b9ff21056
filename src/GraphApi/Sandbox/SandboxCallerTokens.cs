using System.Security.Claims;
using GraphApi.Accounts.Callers;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Sandbox;

/// <summary>
/// Mints caller JWTs with the sandbox's generated key (<see cref="SandboxCallerKey"/>), never a configured one.
/// Only registered in sandbox mode with no <c>Authentication</c> settings: otherwise callers' tokens come from
/// the operator's identity provider or key, and never from here.
/// </summary>
internal sealed class SandboxCallerTokens(SandboxCallerKey signingKey, IOptions<CallerAuthenticationOptions> options, IOptions<Admin.AdminOptions> adminOptions, TimeProvider time)
{
    /// <summary>The <c>iss</c> of every token minted here; validation accepts it because sandbox mode configures it.</summary>
    public const string Issuer = "graphapi-sandbox";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public (string Token, DateTimeOffset ExpiresAt) Issue(string userId, string? tenantId, bool admin = false)
    {
        var settings = options.Value;
        if (!SigningKeys.TryDecode(signingKey.Base64, out var key) || key.Length < 32)
        {
            throw new InvalidOperationException($"The sandbox's generated signing key ({SandboxCallerKey.FileName} in the data folder) is unreadable: delete it to have a new one generated.");
        }

        var now = time.GetUtcNow();
        var claims = new List<Claim> { new(Caller.SubjectClaim, userId) };
        if (!string.IsNullOrEmpty(tenantId))
        {
            claims.Add(new Claim(Caller.TenantClaim, tenantId));
        }

        if (admin)
        {
            claims.Add(new Claim(adminOptions.Value.RoleClaim, adminOptions.Value.Role));
        }

        var expiresAt = now.Add(Lifetime);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = SandboxCallerTokens.Issuer,
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
