using System.Text;
using System.Text.Json;
using static GraphApi.Bench.StaticUpstream.ResponseWriter;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// POST /v5/oauth/token as Pinterest has it: HTTP Basic client credentials, a form body, the authorization_code grant
/// (any non-empty code) and the refresh_token grant (only the refresh token issued here). Both answer the one
/// benchmark token set with every user scope. Rare (once per connect or refresh), so it is not memoised.
/// </summary>
internal static class OAuthTokenEndpoint
{
    private const long AccessTokenLifetime = 30L * 24 * 3600;
    private const long RefreshTokenLifetime = 365L * 24 * 3600;
    private static readonly string ExpectedBasic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BenchCredentials.ClientId}:{BenchCredentials.ClientSecret}"));

    public static void MapOAuthToken(this WebApplication app) =>
        app.MapPost("/v5/oauth/token", PinterestEndpoints.Recorded(app, PinterestOperations.OAuthToken, HandleAsync, bearer: false));

    private static async Task HandleAsync(HttpContext context)
    {
        if (!string.Equals(context.Request.Headers.Authorization, ExpectedBasic, StringComparison.Ordinal))
        {
            await WriteJsonAsync(context, 401, PinterestResponses.Error(2, "Authentication failed: unknown client."));
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await WriteJsonAsync(context, 400, PinterestResponses.Error(1, "Expected an application/x-www-form-urlencoded body."));
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grant = form["grant_type"].ToString();
        var accepted = grant switch
        {
            "authorization_code" => !string.IsNullOrEmpty(form["code"]) && !string.IsNullOrEmpty(form["redirect_uri"]),
            "refresh_token" => string.Equals(form["refresh_token"], BenchCredentials.RefreshToken, StringComparison.Ordinal),
            _ => false,
        };
        if (!accepted)
        {
            await WriteJsonAsync(context, 400, PinterestResponses.Error(1, "Invalid grant."));
            return;
        }

        var token = new OAuthToken(
            BenchCredentials.AccessToken, "bearer", AccessTokenLifetime, BenchCredentials.Scopes, grant, BenchCredentials.RefreshToken,
            RefreshTokenLifetime, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + RefreshTokenLifetime);
        await WriteJsonAsync(context, 200, JsonSerializer.SerializeToUtf8Bytes(token, UpstreamJsonContext.Default.OAuthToken));
    }
}
