using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Sandbox;

namespace GraphApi.Sandbox;

/// <summary>
/// <c>POST /sandbox/token</c>, sandbox mode only: a caller JWT for a demo user, and with <c>connect</c> that user's
/// sandbox Pinterest account already connected, and with <c>admin</c> the admin role (the integration admin page).
/// It is how the IDE, the demo app, the admin page, tests and scripts get going.
/// </summary>
internal static class SandboxTokenEndpoint
{
    public const string Path = "/sandbox/token";

    public sealed record Request(string? User, IReadOnlyList<string>? Scopes, bool Connect, bool Admin = false);

    public static async Task<IResult> HandleAsync(Request? request, SandboxCallerTokens tokens, SandboxConnector connector, CancellationToken cancellationToken)
    {
        var user = request?.User;
        if (string.IsNullOrWhiteSpace(user) || !SandboxDemoUsers.All.Contains(user))
        {
            return Problem($"\"user\" must be one of the demo users: {string.Join(", ", SandboxDemoUsers.All)}.");
        }

        var unknown = request!.Scopes?.Where(s => !PinterestScopes.IsKnown(s)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            return Problem($"Unknown Pinterest scopes: {string.Join(", ", unknown)}.");
        }

        IReadOnlyList<string>? connected = null;
        if (request.Connect)
        {
            connected = await connector.ConnectAsync(user, request.Scopes, cancellationToken);
        }

        var (token, expiresAt) = tokens.Issue(user, tenantId: null, admin: request.Admin);
        return Results.Ok(new
        {
            access_token = token,
            token_type = "Bearer",
            expires_in = (int)SandboxCallerTokens.Lifetime.TotalSeconds,
            expires_at = expiresAt,
            user,
            pinterest = new { connected = connected is not null, scopes = connected ?? [] },
        });
    }

    private static IResult Problem(string message) => Results.BadRequest(new { error = message });
}
