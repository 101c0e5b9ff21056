using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Sandbox;

/// <summary>The whole OAuth round trip through the sandbox's consent page and token endpoint, over real HTTP.</summary>
public sealed partial class SandboxConnectFlowTests : IDisposable
{
    private readonly SandboxGatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Approving_on_the_consent_page_connects_the_caller()
    {
        using var alice = _factory.CreateClientFor("alice");
        var consentUrl = await ConnectAsync(alice, "/app?x=1");
        consentUrl.GetLeftPart(UriPartial.Authority).ShouldBe(alice.BaseAddress!.GetLeftPart(UriPartial.Authority));
        consentUrl.AbsolutePath.ShouldBe("/sandbox/pinterest/oauth/");

        var callback = await DecideAsync(alice, consentUrl, "approve", "demo.pinner");
        callback.AbsolutePath.ShouldBe("/integration-callback");
        using var finish = await alice.GetAsync(callback);

        finish.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        finish.Headers.Location!.ToString().ShouldBe("/app?x=1&pinterest=connected");
        var connection = (await PostAsync(alice, "{ pinterestConnection { status grantedScopes missingScopes connectedAt } }")).GetProperty("data").GetProperty("pinterestConnection");
        connection.GetProperty("status").GetString().ShouldBe("CONNECTED");
        connection.GetProperty("grantedScopes").GetArrayLength().ShouldBe(10);
        connection.GetProperty("missingScopes").GetArrayLength().ShouldBe(0);
        DateTimeOffset.Parse(connection.GetProperty("connectedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);

        // The real tokens Pinterest's (sandbox's) token endpoint returned, and the app secret, appear in no log line.
        await using var scope = _factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GraphApi.Connections.IPinterestConnectionStore>().FindAsync(new("", "alice"), default);
        var logs = string.Join('\n', _factory.Logs.Lines);
        logs.ShouldContain("Pinterest connected for tenant '' user 'alice'");
        foreach (var secret in new[] { stored!.Tokens.AccessToken, stored.Tokens.RefreshToken, "sandbox-secret", HttpUtilityQuery(callback, "code") })
        {
            logs.ShouldNotContain(secret);
        }
    }

    private static string HttpUtilityQuery(Uri uri, string name) => System.Web.HttpUtility.ParseQueryString(uri.Query)[name]!;

    [Fact]
    public async Task Denying_on_the_consent_page_connects_nothing()
    {
        using var bob = _factory.CreateClientFor("bob");
        var consentUrl = await ConnectAsync(bob, "/app");

        var callback = await DecideAsync(bob, consentUrl, "deny", "demo.pinner");
        using var finish = await bob.GetAsync(callback);

        finish.Headers.Location!.ToString().ShouldBe("/app?pinterest=error&reason=access_denied");
        (await PostAsync(bob, "{ pinterestConnection { status } }")).GetProperty("data").GetProperty("pinterestConnection").GetProperty("status").GetString().ShouldBe("NOT_CONNECTED");
        _factory.Counters.CountOf("oauth/token").ShouldBe(0);
    }

    private static async Task<Uri> ConnectAsync(HttpClient client, string returnUrl)
    {
        var body = await PostAsync(client, "mutation($u: String!) { connectPinterest(input: {returnUrl: $u}) { authorizationUrl } }", new { u = returnUrl });
        return new Uri(body.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!);
    }

    /// <summary>Does what a person does on the consent page: pick an account and press Approve or Deny.</summary>
    private static async Task<Uri> DecideAsync(HttpClient browser, Uri consentUrl, string decision, string user)
    {
        var page = await browser.GetStringAsync(consentUrl);
        page.ShouldContain(user);
        var fields = HiddenInput().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["username"] = user;
        fields["decision"] = decision;
        using var response = await browser.PostAsync(consentUrl, new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
