using System.Security.Claims;
using GraphApi.Pinterest.OAuth;

namespace GraphApi.Accounts.Callers;

/// <summary>
/// Who is calling: <c>sub</c>, within <c>tenantId</c> when the token has one (empty otherwise), and the Pinterest
/// scopes the token itself names, if any: a partner token limited to <c>pins:read pins:write</c> narrows what
/// the user's connection allows.
/// </summary>
public sealed record Caller(string TenantId, string UserId, IReadOnlySet<string>? TokenPinterestScopes)
{
    public const string SubjectClaim = "sub";
    public const string TenantClaim = "tenantId";
    private static readonly string[] ScopeClaims = ["scope", "scp", "permissions"];

    public static Caller? From(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirst(SubjectClaim)?.Value;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        var tenantId = principal.FindFirst(TenantClaim)?.Value ?? "";
        return new Caller(tenantId, userId, ReadPinterestScopes(principal));
    }

    private static HashSet<string>? ReadPinterestScopes(ClaimsPrincipal principal)
    {
        // Claims may hold one space-separated string (OAuth "scope") or one value per claim (Entra "scp", Auth0 "permissions").
        var named = principal.Claims
            .Where(c => ScopeClaims.Contains(c.Type, StringComparer.Ordinal))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(PinterestScopes.IsKnown)
            .ToHashSet(StringComparer.Ordinal);
        return named.Count == 0 ? null : named;
    }
}
