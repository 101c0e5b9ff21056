using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace GraphApi.Admin;

/// <summary>Whether the caller holds the admin role of their own tenant (the admin API never reaches another tenant).</summary>
internal sealed class AdminCaller(IOptions<AdminOptions> options)
{
    private static readonly char[] Separators = [' ', ','];

    public bool IsAdmin(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var settings = options.Value;
        return principal.Claims
            .Where(c => string.Equals(c.Type, settings.RoleClaim, StringComparison.Ordinal))
            .SelectMany(c => c.Value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Contains(settings.Role, StringComparer.Ordinal);
    }
}
