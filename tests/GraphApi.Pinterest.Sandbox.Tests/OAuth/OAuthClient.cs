using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphApi.Pinterest.Sandbox.Tests.Contract;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphApi.Pinterest.Sandbox.Tests.OAuth;

/// <summary>Drives the consent page and token endpoint the way the gateway (and a browser) would.</summary>
internal sealed partial class OAuthClient(HttpClient http)
{
    public const string RedirectUri = "https://gateway.test/integration-callback";

    public static string AuthorizeQuery(string scopes, string state = "state-123", string clientId = "sandbox-client") =>
        QueryHelpers.AddQueryString("oauth/", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = scopes,
            ["state"] = state,
        });

    /// <summary>Submits the consent form; returns the query of the redirect back to the app.</summary>
    public async Task<Dictionary<string, string>> DecideAsync(string decision, string username, string scopes, string state = "state-123")
    {
        using var page = await http.GetAsync(new Uri(AuthorizeQuery(scopes, state), UriKind.Relative));
        var nonce = NonceField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        nonce.ShouldNotBeEmpty();
        using var response = await PostConsentAsync(decision, username, scopes, state, nonce);
        ((int)response.StatusCode).ShouldBe(302, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    public async Task<HttpResponseMessage> PostConsentAsync(string decision, string username, string scopes, string state, string nonce)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["consent_nonce"] = nonce,
            ["client_id"] = "sandbox-client",
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = scopes,
            ["state"] = state,
            ["username"] = username,
            ["decision"] = decision,
        });
        return await http.PostAsync(new Uri("oauth/", UriKind.Relative), form);
    }

    public async Task<string> ApproveAsync(string username, string scopes) => (await DecideAsync("approve", username, scopes))["code"];

    public Task<(int Status, JsonNode? Body)> RedeemAsync(string code, string secret = "sandbox-secret") =>
        TokenAsync(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri }, secret);

    public Task<(int Status, JsonNode? Body)> RefreshAsync(string refreshToken, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return TokenAsync(form, "sandbox-secret");
    }

    /// <summary>POST v5/oauth/token with HTTP Basic client auth; successful bodies are checked against the spec.</summary>
    public async Task<(int Status, JsonNode? Body)> TokenAsync(Dictionary<string, string> form, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v5/oauth/token", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sandbox-client:" + secret)));
        OpenApiContract.Instance.ValidateRequest("oauth/token", JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(form))).ShouldBeEmpty();
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        OpenApiContract.Instance.ValidateResponse("oauth/token", (int)response.StatusCode, body).ShouldBeEmpty();
        return ((int)response.StatusCode, body);
    }

    [GeneratedRegex("name=\"consent_nonce\" value=\"([^\"]+)\"")]
    private static partial Regex NonceField();
}
