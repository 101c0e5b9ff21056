using GraphApi.Pinterest.Sandbox.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>GET shows the consent page; POST approves (redirect with code and state) or denies (error=access_denied).</summary>
internal static class ConsentEndpoints
{
    public static async Task<IResult> ShowAsync(
        HttpRequest request, SandboxDbContext db, ConsentNonces nonces, IOptions<SandboxOptions> options, CancellationToken cancellationToken)
    {
        var authorization = AuthorizationRequest.From(key => request.Query[key]);
        if (authorization.Problem(options.Value) is { } problem)
        {
            return Html(ConsentPage.RenderError(problem), StatusCodes.Status400BadRequest);
        }

        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken);
        return Html(ConsentPage.Render(authorization, users, nonces.Issue()), StatusCodes.Status200OK);
    }

    public static async Task<IResult> DecideAsync(
        HttpRequest request,
        SandboxDbContext db,
        SandboxTokenService tokens,
        ConsentNonces nonces,
        IOptions<SandboxOptions> options,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Html(ConsentPage.RenderError("The consent form must be posted as a form."), StatusCodes.Status400BadRequest);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var authorization = AuthorizationRequest.From(key => form[key]);
        if (authorization.Problem(options.Value) is { } problem)
        {
            return Html(ConsentPage.RenderError(problem), StatusCodes.Status400BadRequest);
        }

        if (!nonces.TryConsume(form["consent_nonce"].ToString()))
        {
            return Html(ConsentPage.RenderError("This consent form has expired or was already submitted. Start the sign-in again."), StatusCodes.Status400BadRequest);
        }

        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.Equals(form["decision"].ToString(), "approve", StringComparison.Ordinal))
        {
            var username = form["username"].ToString();
            var user = await db.Users.SingleOrDefaultAsync(u => u.Username == username, cancellationToken);
            if (user is null)
            {
                return Html(ConsentPage.RenderError($"Unknown sandbox user '{username}'."), StatusCodes.Status400BadRequest);
            }

            parameters["code"] = await tokens.CreateCodeAsync(user, authorization.Scopes, authorization.RedirectUri, cancellationToken);
        }
        else
        {
            parameters["error"] = "access_denied";
        }

        if (authorization.State is { } state)
        {
            parameters["state"] = state;
        }

        return Results.Redirect(QueryHelpers.AddQueryString(authorization.RedirectUri, parameters));
    }

    private static IResult Html(string html, int statusCode) => Results.Content(html, "text/html; charset=utf-8", null, statusCode);
}
