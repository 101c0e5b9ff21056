using System.Text.Encodings.Web;
using GraphApi.Identity;
using GraphApi.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Connections;

internal static class ConnectEndpoints
{
    public const string ConnectPath = "/integrations/pinterest/connect";

    /// <summary>
    /// <c>GET /integrations/pinterest/connect?returnUrl=...</c> (an authenticated caller, redirected to Pinterest's
    /// consent page) and the OAuth callback at the registered redirect URI's path (<c>/integration-callback</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapPinterestConnect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ConnectPath, Connect).RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Caller);
        var callbackPath = endpoints.ServiceProvider.GetRequiredService<IOptions<PinterestAppOptions>>().Value.CallbackPath;
        endpoints.MapGet(callbackPath, CallbackAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Callback);
        return endpoints;
    }

    private static IResult Connect(HttpContext context, string? returnUrl, PinterestConnectFlow flow)
    {
        var caller = Caller.From(context.User);
        if (caller is null)
        {
            return Results.Unauthorized();
        }

        var (url, _, problem) = flow.Begin(ConnectionKey.For(caller), returnUrl, context.Request);
        return url is null ? Results.BadRequest(new { error = problem }) : Results.Redirect(url.AbsoluteUri);
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, PinterestConnectFlow flow)
    {
        var result = await flow.CompleteAsync(context.Request, context.RequestAborted);
        return result.RedirectTo is { } target
            ? Results.Redirect(target)
            : Results.Content(ErrorPage(result.ErrorPage!), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    private static string ErrorPage(string message) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Pinterest connection failed</title>
        <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}</style></head>
        <body><h1>Pinterest was not connected</h1><p>{{HtmlEncoder.Default.Encode(message)}}</p>
        <p>Nothing was stored. Go back to the app and start the connection again.</p></body></html>
        """;
}
