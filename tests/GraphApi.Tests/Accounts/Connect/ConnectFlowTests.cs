using System.Net;
using System.Text.Json;
using System.Web;
using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Tests.Accounts.Links;
using GraphApi.Tests.Infrastructure;
using GraphApi.Upstream;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Connect;

public sealed class ConnectFlowTests : IDisposable
{
    private readonly AccountLinksFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Connect_then_callback_then_complete_stores_the_tokens_for_the_caller()
    {
        using var alice = _factory.CreateClientFor("alice");
        var authorizationUrl = await ConnectAsync(alice, "/app/settings?tab=pinterest");
        var query = HttpUtility.ParseQueryString(authorizationUrl.Query);
        query["redirect_uri"].ShouldBe("http://localhost/integration-callback");
        query["scope"].ShouldBe("user_accounts:read,user_accounts:write,boards:read,boards:read_secret,boards:write,boards:write_secret,pins:read,pins:read_secret,pins:write,pins:write_secret,ads:read,ads:write,billing:read,billing:write,catalogs:read,catalogs:write,biz_access:read,biz_access:write");

        using var anonymous = _factory.CreateClientFor("ignored");
        anonymous.DefaultRequestHeaders.Authorization = null;
        using var callback = await anonymous.GetAsync($"/integration-callback?code=abc123&state={query["state"]}");

        // The callback links nothing: it hands the app a completion for the caller who started the flow.
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = callback.Headers.Location!.ToString();
        location.ShouldStartWith("/app/settings?tab=pinterest&pinterest=pending&completion=");
        var completion = HttpUtility.ParseQueryString(location[location.IndexOf('?', StringComparison.Ordinal)..])["completion"]!;
        completion.Length.ShouldBe(22);
        (await _factory.FindAsync("alice")).ShouldBeNull();
        _factory.OAuth.Exchanges.ShouldBe(0);

        var completed = (await CompleteAsync(alice, completion)).GetProperty("data").GetProperty("completePinterestConnection");

        completed.GetProperty("errors").GetArrayLength().ShouldBe(0);
        completed.GetProperty("connection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        _factory.OAuth.Exchanges.ShouldBe(1);
        var stored = await _factory.FindAsync("alice");
        stored!.Status.ShouldBe(AccountLinkStatus.Connected);
        stored.GrantedScopes.Order().ShouldBe(["boards:read", "pins:read", "user_accounts:read"]);
        (await _factory.FindAsync("ignored")).ShouldBeNull();

        var connection = await PostAsync(alice, "{ pinterestConnection { status grantedScopes missingScopes accessTokenExpiresAt refreshTokenExpiresAt } }");
        var view = connection.GetProperty("data").GetProperty("pinterestConnection");
        view.GetProperty("status").GetString().ShouldBe("CONNECTED");
        view.GetProperty("missingScopes").GetArrayLength().ShouldBe(PinterestOptions.DefaultScopes.Count - 3, "every default scope but the three granted");
        view.GetProperty("accessTokenExpiresAt").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_replayed_state_is_refused_and_stores_nothing_new()
    {
        using var alice = _factory.CreateClientFor("alice");
        var state = HttpUtility.ParseQueryString((await ConnectAsync(alice, "/done")).Query)["state"];
        using var first = await alice.GetAsync($"/integration-callback?code=one&state={state}");

        await CompleteAsync(alice, CompletionOf(first));
        var afterFirst = await _factory.FindAsync("alice");

        using var replay = await alice.GetAsync($"/integration-callback?code=two&state={state}");

        replay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("already used");
        _factory.OAuth.Exchanges.ShouldBe(1);
        (await _factory.FindAsync("alice"))!.Version.ShouldBe(afterFirst!.Version);
    }

    [Theory]
    [InlineData("forged-state-value", "not one this gateway issued")]
    [InlineData("", "has no state parameter")]
    public async Task A_forged_or_missing_state_gets_a_clear_page(string state, string message)
    {
        using var client = _factory.CreateClientFor("x");

        using var response = await client.GetAsync($"/integration-callback?code=abc&state={state}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        _factory.OAuth.Exchanges.ShouldBe(0);
    }

    [Fact]
    public async Task An_expired_state_is_refused()
    {
        using var client = _factory.CreateClientFor("alice");
        var protector = _factory.Services.GetRequiredService<OAuthStateProtector>();
        var old = protector.Protect(new OAuthState("n-expired", "", "alice", "/done", DateTimeOffset.UtcNow.AddMinutes(-11)));

        using var response = await client.GetAsync($"/integration-callback?code=abc&state={old}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("expired");
        (await _factory.FindAsync("alice")).ShouldBeNull();
    }

    [Fact]
    public async Task Denied_consent_returns_to_the_app_with_the_reason_and_stores_nothing()
    {
        using var alice = _factory.CreateClientFor("alice");
        var state = HttpUtility.ParseQueryString((await ConnectAsync(alice, "https://app.example.com/back#top")).Query)["state"];

        using var response = await alice.GetAsync($"/integration-callback?error=access_denied&state={state}");

        response.Headers.Location!.ToString().ShouldBe("https://app.example.com/back?pinterest=error&reason=access_denied#top");
        (await _factory.FindAsync("alice")).ShouldBeNull();
        _factory.OAuth.Exchanges.ShouldBe(0);
    }

    [Fact]
    public async Task A_failed_code_exchange_is_a_typed_error_at_completion_and_stores_nothing()
    {
        _factory.OAuth.ExchangeFails = true;
        using var alice = _factory.CreateClientFor("alice");
        var state = HttpUtility.ParseQueryString((await ConnectAsync(alice, "/done")).Query)["state"];
        using var response = await alice.GetAsync($"/integration-callback?code=abc&state={state}");

        var error = (await CompleteAsync(alice, CompletionOf(response))).GetProperty("data").GetProperty("completePinterestConnection");

        error.GetProperty("connection").ValueKind.ShouldBe(JsonValueKind.Null);
        error.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("CONNECT_EXCHANGE_FAILED");
        error.GetProperty("errors")[0].GetProperty("__typename").GetString().ShouldBe("ConnectFlowError");
        (await _factory.FindAsync("alice")).ShouldBeNull();
    }

    [Fact]
    public async Task The_browser_connect_route_redirects_to_pinterest_and_needs_a_caller()
    {
        using var alice = _factory.CreateClientFor("alice");
        using var anonymous = _factory.CreateAnonymousClient();

        using var redirect = await alice.GetAsync("/integrations/pinterest/connect?returnUrl=%2Fdone");
        using var refused = await anonymous.GetAsync("/integrations/pinterest/connect?returnUrl=%2Fdone");

        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // In sandbox mode the consent page is this gateway's own, so the browser stays on its origin.
        redirect.Headers.Location!.GetLeftPart(UriPartial.Authority).ShouldBe("http://localhost");
        redirect.Headers.Location.Query.ShouldContain("state=");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Disconnect_deletes_the_stored_tokens()
    {
        using var alice = _factory.CreateClientFor("alice");
        var state = HttpUtility.ParseQueryString((await ConnectAsync(alice, "/done")).Query)["state"];
        using var callback = await alice.GetAsync($"/integration-callback?code=abc&state={state}");
        await CompleteAsync(alice, CompletionOf(callback));

        var body = await PostAsync(alice, "mutation { disconnectPinterest { disconnected connection { status } } }");

        body.GetProperty("data").GetProperty("disconnectPinterest").GetProperty("disconnected").GetBoolean().ShouldBeTrue();
        body.GetProperty("data").GetProperty("disconnectPinterest").GetProperty("connection").GetProperty("status").GetString().ShouldBe("NOT_CONNECTED");
        (await _factory.FindAsync("alice")).ShouldBeNull();
    }

    [Fact]
    public async Task Tokens_and_the_client_secret_never_reach_logs_or_responses()
    {
        using var alice = _factory.CreateClientFor("alice");
        var state = HttpUtility.ParseQueryString((await ConnectAsync(alice, "/done")).Query)["state"];
        using var callback = await alice.GetAsync($"/integration-callback?code=secret-code-42&state={state}");
        var completion = CompletionOf(callback);
        var responses = (await CompleteAsync(alice, completion)).ToString() + (await PostAsync(alice, "{ pinterestConnection { status grantedScopes } }"));

        var secrets = _factory.OAuth.IssuedTokens.Append(AccountLinksFactory.ClientSecret).Append("secret-code-42").ToList();
        secrets.Count.ShouldBe(4);
        foreach (var flowValue in new[] { state!, completion, GraphApi.Accounts.Connect.CompletionId.Hash(completion) })
        {
            _factory.Logs.Lines.ShouldAllBe(line => !line.Contains(flowValue, StringComparison.Ordinal));
        }

        var logs = string.Join('\n', _factory.Logs.Lines);
        logs.ShouldContain("Pinterest connected for tenant '' user 'alice'");
        foreach (var secret in secrets)
        {
            logs.ShouldNotContain(secret);
            responses.ShouldNotContain(secret);
        }
    }

    private static async Task<Uri> ConnectAsync(HttpClient client, string returnUrl)
    {
        var body = await PostAsync(client, "mutation($u: String!) { connectPinterest(input: {returnUrl: $u}) { authorizationUrl expiresAt } }", new { u = returnUrl });
        return new Uri(body.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!);
    }

    private static string CompletionOf(HttpResponseMessage callback) =>
        HttpUtility.ParseQueryString(callback.Headers.Location!.OriginalString.Split('?', 2)[1].Split('#')[0])["completion"]!;

    private static Task<JsonElement> CompleteAsync(HttpClient client, string completion) => PostAsync(
        client,
        "mutation($c: String!) { completePinterestConnection(input: {completion: $c}) { connection { status } errors { __typename ... on UserError { code message } } } }",
        new { c = completion });

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }
}
