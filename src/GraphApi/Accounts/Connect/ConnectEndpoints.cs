using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links;
using GraphApi.Execution.Errors;
using GraphApi.Features.AccountLinks;
using GraphApi.Http.RateLimiting;
using GraphApi.Storage;
using GraphApi.Upstream;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Connect;

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
        endpoints.MapGet(ConnectPath, ConnectAsync).RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Caller);
        endpoints.MapPost(CompletePath, CompleteAsync).RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Caller);
        var callbackPath = endpoints.ServiceProvider.GetRequiredService<IOptions<PinterestOptions>>().Value.CallbackPath;
        endpoints.MapGet(callbackPath, CallbackAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Callback);
        return endpoints;
    }

    private static async Task<IResult> ConnectAsync(HttpContext context, string? returnUrl, PinterestConnectFlow flow)
    {
        var caller = Caller.From(context.User);
        if (caller is null)
        {
            return Results.Unauthorized();
        }

        Uri? url;
        string? problem;
        try
        {
            (url, _, problem) = await flow.BeginAsync(AccountLinkKey.For(caller), returnUrl, context.Request, context.RequestAborted);
        }
        catch (PinterestNotConfiguredException ex)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, ErrorCodes.NotConfigured, ex.Message);
        }

        return url is null
            ? Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidReturnUrl, problem!)
            : Results.Redirect(url.AbsoluteUri);
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, PinterestConnectFlow flow)
    {
        var result = await flow.CallbackAsync(context.Request, context.RequestAborted);
        if (result.RedirectTo is { } target)
        {
            return Results.Redirect(target);
        }

        if (result.Retryable)
        {
            context.Response.Headers.RetryAfter = StorageFailure.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Results.Content(RetryPage(result.ErrorPage!), "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Content(ErrorPage(result.ErrorPage!), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// <c>POST /integrations/pinterest/complete</c> with <c>completion</c> as a form field or in a JSON object, and the
    /// caller's bearer token: 200 with the connection, or the GraphQL error shape with the same codes as the mutation.
    /// </summary>
    private static async Task<IResult> CompleteAsync(HttpContext context, ConnectCompletion completion, IOptions<PinterestOptions> options)
    {
        var caller = Caller.From(context.User);
        if (caller is null)
        {
            return Results.Unauthorized();
        }

        var (id, tooLarge) = await ReadCompletionAsync(context.Request, context.RequestAborted);
        if (tooLarge)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The body is over {MaxCompleteBodyBytes:N0} bytes: send only the completion.");
        }

        if (id is null)
        {
            return Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "Send the completion as a form field or a JSON object: {\"completion\": \"...\"}.");
        }

        var outcome = await completion.CompleteAsync(AccountLinkKey.For(caller), id, context.RequestAborted);
        if (outcome.Link is { } link)
        {
            var view = AccountLinkView.From(link, options.Value.EffectiveScopes);
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

        if (outcome.Code == ErrorCodes.StorageUnavailable)
        {
            context.Response.Headers.RetryAfter = StorageFailure.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        var status = outcome.Code switch
        {
            ErrorCodes.StorageUnavailable => StatusCodes.Status503ServiceUnavailable,
            ErrorCodes.ConnectCallerMismatch => StatusCodes.Status403Forbidden,
            ErrorCodes.ConnectCompletionNotFound => StatusCodes.Status404NotFound,
            ErrorCodes.ConnectCompletionExpired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status502BadGateway,
        };
        return Error(status, outcome.Code!, outcome.Message!);
    }

    /// <summary>
    /// Reads at most <see cref="MaxCompleteBodyBytes"/> (whatever Content-Length says, chunked or not), then takes
    /// <c>completion</c> from a form body or a JSON object. Null when there is no single string completion.
    /// </summary>
    private static async Task<(string? Completion, bool TooLarge)> ReadCompletionAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxCompleteBodyBytes)
        {
            return (null, true);
        }

        var buffer = new byte[MaxCompleteBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxCompleteBodyBytes)
        {
            return (null, true);
        }

        var body = buffer.AsMemory(0, length);
        if (request.HasFormContentType)
        {
            var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body.Span));
            return (form.TryGetValue("completion", out var value) && value.Count == 1 ? value.ToString() : null, false);
        }

        if (!request.HasJsonContentType())
        {
            return (null, false);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("completion", out var value)
                && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null, false);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string JSON accepts but .NET cannot hold (a lone surrogate escape, "\ud800").
            return (null, false);
        }
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);

    private static string RetryPage(string message) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Pinterest connection not finished</title>
        <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}</style></head>
        <body><h1>Please try again in a moment</h1><p>{{HtmlEncoder.Default.Encode(message)}}</p></body></html>
        """;

    private static string ErrorPage(string message) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Pinterest connection failed</title>
        <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}</style></head>
        <body><h1>Pinterest was not connected</h1><p>{{HtmlEncoder.Default.Encode(message)}}</p>
        <p>Nothing was stored. Go back to the app and start the connection again.</p></body></html>
        """;
}
