using System.Text.Encodings.Web;
using System.Text.Json;
using GraphApi.Connections.GraphQL;
using GraphApi.Errors;
using GraphApi.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GraphApi.Connections;

internal static class ConnectEndpoints
{
    public const string ConnectPath = "/integrations/pinterest/connect";
    public const string CompletePath = "/integrations/pinterest/complete";

    /// <summary>A completion request is one short id; a larger body is refused before it is read.</summary>
    private const long MaxCompleteBodyBytes = 4096;

    /// <summary>
    /// <c>GET /integrations/pinterest/connect?returnUrl=...</c> (an authenticated caller, redirected to Pinterest's
    /// consent page), the OAuth callback at the registered redirect URI's path (<c>/integration-callback</c>), and
    /// <c>POST /integrations/pinterest/complete</c>: the server-side twin of <c>completePinterestConnection</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapPinterestConnect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ConnectPath, Connect).RequireAuthorization();
        endpoints.MapPost(CompletePath, CompleteAsync).RequireAuthorization();
        var callbackPath = endpoints.ServiceProvider.GetRequiredService<IOptions<PinterestAppOptions>>().Value.CallbackPath;
        endpoints.MapGet(callbackPath, CallbackAsync).AllowAnonymous();
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
        return url is null
            ? Error(StatusCodes.Status400BadRequest, RequestLimitCodes.InvalidReturnUrl, problem!)
            : Results.Redirect(url.AbsoluteUri);
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, PinterestConnectFlow flow)
    {
        var result = await flow.CallbackAsync(context.Request, context.RequestAborted);
        return result.RedirectTo is { } target
            ? Results.Redirect(target)
            : Results.Content(ErrorPage(result.ErrorPage!), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// <c>POST /integrations/pinterest/complete</c> with <c>completion</c> as a form field or in a JSON object, and the
    /// caller's bearer token: 200 with the connection, or the GraphQL error shape with the same codes as the mutation.
    /// </summary>
    private static async Task<IResult> CompleteAsync(HttpContext context, ConnectCompletion completion, IOptions<PinterestAppOptions> options)
    {
        var caller = Caller.From(context.User);
        if (caller is null)
        {
            return Results.Unauthorized();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxCompleteBodyBytes;
        }

        var id = await ReadCompletionAsync(context.Request, context.RequestAborted);
        if (id is null)
        {
            return Error(StatusCodes.Status400BadRequest, "BAD_REQUEST", "Send the completion as a form field or a JSON object: {\"completion\": \"...\"}.");
        }

        var outcome = await completion.CompleteAsync(ConnectionKey.For(caller), id, context.RequestAborted);
        if (outcome.Connection is { } connection)
        {
            var view = PinterestConnectionView.From(connection, options.Value.EffectiveScopes);
            return Results.Ok(new
            {
                connection = new
                {
                    status = "CONNECTED",
                    grantedScopes = view.GrantedScopes,
                    missingScopes = view.MissingScopes,
                    accessTokenExpiresAt = view.AccessTokenExpiresAt,
                    refreshTokenExpiresAt = view.RefreshTokenExpiresAt,
                    connectedAt = view.ConnectedAt,
                },
            });
        }

        var status = outcome.Code switch
        {
            RequestLimitCodes.ConnectCallerMismatch => StatusCodes.Status403Forbidden,
            RequestLimitCodes.ConnectCompletionNotFound => StatusCodes.Status404NotFound,
            RequestLimitCodes.ConnectCompletionExpired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status502BadGateway,
        };
        return Error(status, outcome.Code!, outcome.Message!);
    }

    private static async Task<string?> ReadCompletionAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxCompleteBodyBytes)
        {
            return null;
        }

        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                return form["completion"] is { Count: 1 } value ? value.ToString() : null;
            }

            if (request.HasJsonContentType())
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                return body.RootElement.ValueKind == JsonValueKind.Object
                    && body.RootElement.TryGetProperty("completion", out var value)
                    && value.ValueKind == JsonValueKind.String
                        ? value.GetString()
                        : null;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or BadHttpRequestException)
        {
            return null;
        }

        return null;
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);

    private static string ErrorPage(string message) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Pinterest connection failed</title>
        <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}</style></head>
        <body><h1>Pinterest was not connected</h1><p>{{HtmlEncoder.Default.Encode(message)}}</p>
        <p>Nothing was stored. Go back to the app and start the connection again.</p></body></html>
        """;
}
