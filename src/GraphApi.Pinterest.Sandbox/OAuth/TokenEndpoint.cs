using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>
/// POST /v5/oauth/token: authorization_code, refresh_token and client_credentials grants, form-urlencoded, Basic client
/// auth. A client_credentials token acts as the app owner's own account (<see cref="SandboxDemoUsers.Business"/>).
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        SandboxTokenService tokens,
        IOptions<SandboxOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!ClientAuthentication.IsValid(request, options.Value))
        {
            return SandboxErrors.AuthenticationFailed();
        }

        if (!request.HasFormContentType)
        {
            return SandboxErrors.InvalidParameters("The token endpoint accepts application/x-www-form-urlencoded bodies only.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var grantType = form["grant_type"].ToString();
        var result = grantType switch
        {
            "authorization_code" when Has(form, "code") && Has(form, "redirect_uri") =>
                await tokens.RedeemCodeAsync(form["code"].ToString(), form["redirect_uri"].ToString(), cancellationToken),
            "authorization_code" => TokenGrantResult.Fail(400, 1, "code and redirect_uri are required."),
            "refresh_token" when Has(form, "refresh_token") =>
                await tokens.RefreshAsync(form["refresh_token"].ToString(), form["scope"].ToString(), cancellationToken),
            "refresh_token" => TokenGrantResult.Fail(400, 1, "refresh_token is required."),
            "client_credentials" when SandboxScopes.Parse(form["scope"].ToString()) is { Count: > 0 } scopes =>
                new TokenGrantResult(await tokens.IssueAsync(SandboxDemoUsers.Business, scopes, cancellationToken)),
            "client_credentials" => TokenGrantResult.Fail(400, 1, "scope is required."),
            _ => TokenGrantResult.Fail(400, 1, $"Unsupported grant_type '{grantType}'. The sandbox supports authorization_code, refresh_token and client_credentials."),
        };

        return result.Tokens is { } issued
            ? grantType == "client_credentials"
                ? SandboxJson.Ok(ClientTokenResponse.From(issued, time.GetUtcNow()))
                : SandboxJson.Ok(TokenResponse.From(issued, grantType, time.GetUtcNow()))
            : SandboxErrors.Error(result.Status, result.Code, result.Message);
    }

    private static bool Has(IFormCollection form, string key) => !string.IsNullOrEmpty(form[key].ToString());
}
