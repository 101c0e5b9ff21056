using System.Security.Claims;
using GraphApi.Accounts.Callers;
namespace GraphApi.Http.RateLimiting;

/// <summary>
/// Whose budget a request spends: the caller (tenant + <c>sub</c> of a validated JWT; a struct key, so "a|b" + "c"
/// never collides with "a" + "b|c") or, without one, the client IP.
/// </summary>
internal readonly record struct RateLimitPartitionKey(bool IsCaller, string TenantId, string Subject)
{
    public static RateLimitPartitionKey? ForCaller(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && Caller.From(principal) is { } caller
            ? new RateLimitPartitionKey(true, caller.TenantId, caller.UserId)
            : null;

    public static RateLimitPartitionKey ForClient(HttpContext context) =>
        new(false, "", context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    public static RateLimitPartitionKey For(HttpContext context) => ForCaller(context.User) ?? ForClient(context);
}
