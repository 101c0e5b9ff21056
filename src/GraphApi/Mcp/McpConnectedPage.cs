using System.Text.Encodings.Web;
using GraphApi.Http.RateLimiting;

namespace GraphApi.Mcp;

/// <summary>
/// Where Pinterest's consent page returns the browser of a user an agent sent to connect (<c>Mcp:ConnectReturnUrl</c>'s
/// default). The callback appends <c>pinterest=pending&amp;completion=...</c>: the page shows that completion for the user
/// to hand back to the agent, which finishes with <c>complete_pinterest_connection</c> under the user's own caller token
/// (the browser holds no token, and the completion alone links nothing: docs/security/connect.md).
/// </summary>
internal static class McpConnectedPage
{
    public const string Path = McpOptions.Path + "/connected";

    /// <summary>Completions are short ids; anything longer is not shown.</summary>
    private const int MaxShown = 128;

    public static IEndpointRouteBuilder MapMcpConnectedPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Render).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Callback);
        return endpoints;
    }

    private static IResult Render(HttpContext context, string? pinterest, string? completion, string? reason)
    {
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var body = pinterest == "pending" && completion is { Length: > 0 and <= MaxShown }
            ? $"<h1>Pinterest approved</h1><p>Give this completion code to your AI agent so it can finish connecting:</p><p><code>{HtmlEncoder.Default.Encode(completion)}</code></p><p>It works once, for a few minutes, and only for your own account.</p>"
            : $"<h1>Pinterest is not connected</h1><p>{HtmlEncoder.Default.Encode(Reason(reason))} Ask your agent for a new link.</p>";
        return Results.Content($"<!doctype html><html><head><meta charset=\"utf-8\"><title>GraphApi</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\">{body}</body></html>",
            "text/html; charset=utf-8");
    }

    private static string Reason(string? reason) =>
        reason is { Length: > 0 and <= 64 } ? $"Pinterest answered: {reason}." : "No completion code arrived.";
}
