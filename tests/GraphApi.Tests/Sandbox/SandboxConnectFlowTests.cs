using System.Net;
using System.Net.Http.Json;
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
        finish.Headers.Location!.ToString().ShouldStartWith("/app?x=1&pinterest=pending&completion=");
        _factory.Counters.CountOf("oauth/token").ShouldBe(0);
        var completion = CompletionOf(finish);
        var completed = (await CompleteAsync(alice, completion)).GetProperty("data").GetProperty("completePinterestConnection");
        completed.GetProperty("errors").GetArrayLength().ShouldBe(0);
        var connection = (await PostAsync(alice, "{ pinterestConnection { status grantedScopes missingScopes connectedAt } }")).GetProperty("data").GetProperty("pinterestConnection");
        connection.GetProperty("status").GetString().ShouldBe("CONNECTED");
        connection.GetProperty("grantedScopes").GetArrayLength().ShouldBe(GraphApi.Upstream.PinterestOptions.DefaultScopes.Count);
        connection.GetProperty("missingScopes").GetArrayLength().ShouldBe(0);
        DateTimeOffset.Parse(connection.GetProperty("connectedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);

        // The real tokens Pinterest's (sandbox's) token endpoint returned, and the app secret, appear in no log line.
        await using var scope = _factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GraphApi.Accounts.Links.IAccountLinkStore>().FindAsync(new("", "alice"), default);
        var logs = string.Join('\n', _factory.Logs.Lines);
        logs.ShouldContain("Pinterest connected for tenant '' user 'alice'");
        foreach (var secret in new[] { stored!.Tokens.AccessToken, stored.Tokens.RefreshToken, "sandbox-secret", HttpUtilityQuery(callback, "code"), HttpUtilityQuery(callback, "state"), completion })
        {
            logs.ShouldNotContain(secret);
        }
    }

    private static string HttpUtilityQuery(Uri uri, string name) => System.Web.HttpUtility.ParseQueryString(uri.Query)[name]!;

    /// <summary>
    /// RFC 9700 §4.7's account-linking CSRF: alice starts a connect flow and sends the consent link to bob; bob approves
    /// with his own Pinterest account. His browser comes back through the callback, but the consent was bound to alice,
    /// so nothing links: bob's app (completing with bob's credentials) gets a clear error and the consent is discarded,
    /// and alice cannot finish it either. Bob's authorization code is never even exchanged.
    /// </summary>
    [Fact]
    public async Task A_forwarded_connect_link_never_puts_the_approvers_account_on_the_sender()
    {
        using var alice = _factory.CreateClientFor("alice");
        using var bob = _factory.CreateClientFor("bob");
        var consentUrl = await ConnectAsync(alice, "/app");

        // Bob's browser (his own session, no token of alice's) opens the link and approves as demo.business.
        using var bobsBrowser = _factory.CreateBrowser();
        var callback = await DecideAsync(bobsBrowser, consentUrl, "approve", "demo.business");
        using var landing = await bobsBrowser.GetAsync(callback);
        landing.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var completion = CompletionOf(landing);

        var bobsAttempt = (await CompleteAsync(bob, completion)).GetProperty("data").GetProperty("completePinterestConnection");
        var alicesAttempt = (await CompleteAsync(alice, completion)).GetProperty("data").GetProperty("completePinterestConnection");

        bobsAttempt.GetProperty("connection").ValueKind.ShouldBe(JsonValueKind.Null);
        bobsAttempt.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("CONNECT_CALLER_MISMATCH");
        bobsAttempt.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("someone else started");
        alicesAttempt.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        foreach (var caller in new[] { alice, bob })
        {
            (await PostAsync(caller, "{ pinterestConnection { status } }")).GetProperty("data").GetProperty("pinterestConnection").GetProperty("status").GetString().ShouldBe("NOT_CONNECTED");
        }

        _factory.Counters.CountOf("oauth/token").ShouldBe(0);
        _factory.Logs.Lines.ShouldContain(line => line.Contains("started by tenant '' user 'alice' but completed by tenant '' user 'bob'", StringComparison.Ordinal));
    }

    /// <summary>The same attack through the server-side endpoint: bob's server completes with bob's token and is refused.</summary>
    [Fact]
    public async Task A_forwarded_connect_link_is_refused_by_the_server_side_completion_endpoint_too()
    {
        using var alice = _factory.CreateClientFor("alice");
        using var bob = _factory.CreateClientFor("bob");
        var consentUrl = await ConnectAsync(alice, "/app");
        using var bobsBrowser = _factory.CreateBrowser();
        using var landing = await bobsBrowser.GetAsync(await DecideAsync(bobsBrowser, consentUrl, "approve", "demo.curator"));
        var completion = CompletionOf(landing);

        using var bobs = await bob.PostAsJsonAsync("/integrations/pinterest/complete", new { completion });
        using var alices = await alice.PostAsync("/integrations/pinterest/complete", new FormUrlEncodedContent([new("completion", completion)]));

        bobs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bobs.ReadJsonAsync()).FirstErrorCode().ShouldBe("CONNECT_CALLER_MISMATCH");
        alices.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alices.ReadJsonAsync()).FirstErrorCode().ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        _factory.Counters.CountOf("oauth/token").ShouldBe(0);
    }

    [Fact]
    public async Task The_caller_who_started_the_flow_completes_it_through_the_server_side_endpoint()
    {
        using var alice = _factory.CreateClientFor("alice");
        var consentUrl = await ConnectAsync(alice, "/app");
        using var landing = await alice.GetAsync(await DecideAsync(alice, consentUrl, "approve", "demo.pinner"));

        using var completed = await alice.PostAsJsonAsync("/integrations/pinterest/complete", new { completion = CompletionOf(landing) });

        completed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await completed.ReadJsonAsync();
        body.GetProperty("connection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        body.GetProperty("connection").GetProperty("grantedScopes").GetArrayLength().ShouldBe(GraphApi.Upstream.PinterestOptions.DefaultScopes.Count);
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
        (await PostAsync(alice, "{ me { username } }")).GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
    }

    internal static string CompletionOf(HttpResponseMessage landing) =>
        System.Web.HttpUtility.ParseQueryString(landing.Headers.Location!.OriginalString.Split('?', 2)[1].Split('#')[0])["completion"]!;

    private static Task<JsonElement> CompleteAsync(HttpClient client, string completion) => PostAsync(
        client,
        "mutation($c: String!) { completePinterestConnection(input: {completion: $c}) { connection { status } errors { __typename ... on UserError { code message } } } }",
        new { c = completion });

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

    internal static async Task<Uri> ConnectAsync(HttpClient client, string returnUrl)
    {
        var body = await PostAsync(client, "mutation($u: String!) { connectPinterest(input: {returnUrl: $u}) { authorizationUrl } }", new { u = returnUrl });
        return new Uri(body.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!);
    }

    /// <summary>Does what a person does on the consent page: pick an account and press Approve or Deny.</summary>
    internal static async Task<Uri> DecideAsync(HttpClient browser, Uri consentUrl, string decision, string user)
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

    internal static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
