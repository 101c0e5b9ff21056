using System.Net.Http.Headers;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.OAuth;

public sealed class ConsentFlowTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Scopes = "user_accounts:read,boards:read,pins:read";

    [Fact]
    public async Task Consent_page_shows_the_app_the_scopes_and_the_demo_accounts()
    {
        using var http = fixture.Host.CreateClient();

        using var response = await http.GetAsync(new Uri(OAuthClient.AuthorizeQuery(Scopes), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(200);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("sandbox-client");
        html.ShouldContain("boards:read");
        html.ShouldContain("pins:read");
        html.ShouldContain(SandboxDemoUsers.Pinner);
        html.ShouldContain(SandboxDemoUsers.Business);
        html.ShouldContain("Approve");
        html.ShouldContain("Deny");
    }

    [Fact]
    public async Task Approving_redirects_with_a_code_that_buys_tokens_for_the_chosen_user()
    {
        using var http = fixture.Host.CreateClient();
        var oauth = new OAuthClient(http);

        var redirect = await oauth.DecideAsync("approve", SandboxDemoUsers.Business, Scopes, state: "csrf-42");
        var (status, token) = await oauth.RedeemAsync(redirect["code"]);

        redirect["state"].ShouldBe("csrf-42");
        status.ShouldBe(200);
        token!["token_type"]!.GetValue<string>().ShouldBe("bearer");
        token["scope"]!.GetValue<string>().ShouldBe(Scopes);
        token["expires_in"]!.GetValue<long>().ShouldBe((long)TimeSpan.FromDays(30).TotalSeconds);
        token["access_token"]!.GetValue<string>().ShouldStartWith("pina_");
        token["refresh_token"]!.GetValue<string>().ShouldStartWith("pinr.");
        token["response_type"]!.GetValue<string>().ShouldBe("authorization_code");

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
        var account = await http.GetJsonAsync("v5/user_account");
        account["username"]!.GetValue<string>().ShouldBe(SandboxDemoUsers.Business);
        account["account_type"]!.GetValue<string>().ShouldBe("BUSINESS");
    }

    [Fact]
    public async Task Denying_redirects_with_access_denied_and_the_state()
    {
        using var http = fixture.Host.CreateClient();

        var redirect = await new OAuthClient(http).DecideAsync("deny", SandboxDemoUsers.Pinner, Scopes, state: "s1");

        redirect["error"].ShouldBe("access_denied");
        redirect["state"].ShouldBe("s1");
        redirect.ShouldNotContainKey("code");
    }

    [Theory]
    [InlineData("")]
    [InlineData("forged")]
    public async Task A_consent_post_without_a_fresh_form_nonce_is_refused(string nonce)
    {
        using var http = fixture.Host.CreateClient();

        using var response = await new OAuthClient(http).PostConsentAsync("approve", SandboxDemoUsers.Pinner, Scopes, "s", nonce);

        ((int)response.StatusCode).ShouldBe(400);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task An_unknown_client_gets_an_error_page_and_no_redirect()
    {
        using var http = fixture.Host.CreateClient();

        using var response = await http.GetAsync(new Uri(OAuthClient.AuthorizeQuery(Scopes, clientId: "someone-else"), UriKind.Relative));

        ((int)response.StatusCode).ShouldBe(400);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Unknown client_id");
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_with_code_2()
    {
        using var http = fixture.Host.CreateClient();
        var oauth = new OAuthClient(http);
        var code = await oauth.ApproveAsync(SandboxDemoUsers.Pinner, Scopes);

        var (status, body) = await oauth.RedeemAsync(code, secret: "wrong-secret");

        status.ShouldBe(401);
        body!.Code().ShouldBe(2);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        using var http = fixture.Host.CreateClient();
        var oauth = new OAuthClient(http);
        var code = await oauth.ApproveAsync(SandboxDemoUsers.Pinner, Scopes);

        var first = await oauth.RedeemAsync(code);
        var second = await oauth.RedeemAsync(code);

        first.Status.ShouldBe(200);
        second.Status.ShouldBe(400);
        second.Body!["message"]!.GetValue<string>().ShouldContain("already been used");
    }

    [Fact]
    public async Task The_token_endpoint_wants_a_form_body()
    {
        using var http = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v5/oauth/token", UriKind.Relative))
        {
            Content = HttpJson.Body(new { grant_type = "authorization_code", code = "x", redirect_uri = OAuthClient.RedirectUri }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("sandbox-client:sandbox-secret"u8.ToArray()));

        using var response = await http.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(400);
    }

    [Fact]
    public async Task Stored_tokens_are_hashes_never_the_tokens_themselves()
    {
        var tokens = await fixture.Host.IssueAsync(SandboxDemoUsers.Pinner, "boards:read");
        var file = Path.Combine(fixture.Host.DataDirectory, "pinterest-sandbox.db");

        var bytes = await File.ReadAllBytesAsync(file);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var wal = File.Exists(file + "-wal") ? System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file + "-wal")) : string.Empty;

        text.ShouldNotContain(tokens.AccessToken);
        wal.ShouldNotContain(tokens.AccessToken);
        wal.ShouldNotContain(tokens.RefreshToken);
    }
}
