using System.Text;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class PinterestOAuthClientTests : IDisposable
{
    private const string TokenJson = """{"access_token":"pina_new","refresh_token":"pinr.new","response_type":"refresh_token","token_type":"bearer","expires_in":2592000,"refresh_token_expires_in":5184000,"refresh_token_expires_at":1767225600,"scope":"boards:read,pins:read"}""";
    private static readonly Uri Redirect = new("https://gateway.test/integration-callback");
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string ExpectedBasic => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PinterestTestHost.ClientId}:{PinterestTestHost.ClientSecret}"));

    [Fact]
    public void BuildAuthorizationUrl_has_every_parameter_and_comma_separated_scopes()
    {
        var url = _host.Client.OAuth.BuildAuthorizationUrl(new AuthorizationUrlRequest
        {
            RedirectUri = Redirect,
            Scopes = [PinterestScopes.BoardsRead, PinterestScopes.PinsRead],
            State = "s t",
        });

        url.GetLeftPart(UriPartial.Path).ShouldBe("https://www.pinterest.com/oauth/");
        url.Query.ShouldBe("?client_id=1234567&redirect_uri=https%3A%2F%2Fgateway.test%2Fintegration-callback&response_type=code&scope=boards%3Aread,pins%3Aread&state=s%20t");
    }

    [Fact]
    public void BuildAuthorizationUrl_uses_the_configured_page()
    {
        using var host = new PinterestTestHost(o => o.AuthorizationUrl = new Uri("http://127.0.0.1:9/sandbox/oauth/"));

        var url = host.Client.OAuth.BuildAuthorizationUrl(new AuthorizationUrlRequest { RedirectUri = Redirect, Scopes = ["boards:read"], State = "x" });

        url.AbsoluteUri.ShouldStartWith("http://127.0.0.1:9/sandbox/oauth/?client_id=");
    }

    [Fact]
    public async Task ExchangeCodeAsync_posts_a_form_with_basic_auth()
    {
        _host.Respond(200, TokenJson.Replace("refresh_token\",\"token_type", "authorization_code\",\"token_type", StringComparison.Ordinal));

        var token = await _host.Client.OAuth.ExchangeCodeAsync(new ExchangeCodeRequest { Code = "the-code", RedirectUri = Redirect, ContinuousRefresh = true });

        var request = _host.Single;
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/v5/oauth/token");
        request.Header("Authorization").ShouldBe(ExpectedBasic);
        request.Header("Content-Type")!.ShouldStartWith("application/x-www-form-urlencoded");
        request.Body.ShouldBe("grant_type=authorization_code&code=the-code&redirect_uri=https%3A%2F%2Fgateway.test%2Fintegration-callback&continuous_refresh=true");
        token.AccessToken.ShouldBe("pina_new");
        _host.Tokens.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task RefreshAsync_posts_the_refresh_token_and_reads_both_expiries()
    {
        _host.Respond(200, TokenJson);

        var token = await _host.Client.OAuth.RefreshAsync(new RefreshTokenRequest { RefreshToken = "pinr.old", Scopes = ["boards:read"] });

        _host.Single.Header("Authorization").ShouldBe(ExpectedBasic);
        _host.Single.Body.ShouldBe("grant_type=refresh_token&refresh_token=pinr.old&scope=boards%3Aread");
        token.RefreshToken.ShouldBe("pinr.new");
        token.ExpiresIn.ShouldBe(2592000);
        token.RefreshTokenExpiresIn.ShouldBe(5184000);
        token.RefreshTokenExpiresAtUtc(DateTimeOffset.UnixEpoch).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1767225600));
        token.Scopes.ShouldBe(["boards:read", "pins:read"]);
    }

    [Fact]
    public async Task RequestClientCredentialsTokenAsync_posts_scopes()
    {
        _host.Respond(200, """{"access_token":"pinc_x","token_type":"bearer","expires_in":2592000,"scope":"boards:read","response_type":"client_credentials"}""");

        var token = await _host.Client.OAuth.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest { Scopes = ["boards:read", "pins:read"] });

        _host.Single.Header("Authorization").ShouldBe(ExpectedBasic);
        _host.Single.Body.ShouldBe("grant_type=client_credentials&scope=boards%3Aread%2Cpins%3Aread");
        token.RefreshToken.ShouldBeNull();
    }

    [Fact]
    public async Task A_request_with_its_own_app_authenticates_as_that_app_and_never_prints_its_secret()
    {
        _host.Respond(200, """{"access_token":"pinc_x","token_type":"bearer","expires_in":2592000,"scope":"boards:read","response_type":"client_credentials"}""");
        var app = new PinterestAppCredentials("tenant-app", "tenant-secret");

        await _host.Client.OAuth.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest { Scopes = ["boards:read"], App = app });
        var url = _host.Client.OAuth.BuildAuthorizationUrl(new AuthorizationUrlRequest { RedirectUri = Redirect, Scopes = ["boards:read"], State = "s", App = app });

        _host.Single.Header("Authorization").ShouldBe("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("tenant-app:tenant-secret")));
        url.Query.ShouldContain("client_id=tenant-app");
        app.ToString().ShouldNotContain("tenant-secret");
        new ClientCredentialsTokenRequest { Scopes = ["boards:read"], App = app }.ToString().ShouldNotContain("tenant-secret");
        new RefreshTokenRequest { RefreshToken = "r", App = app }.ToString().ShouldNotContain("tenant-secret");
    }

    [Fact]
    public async Task Token_records_never_print_their_secrets()
    {
        _host.Respond(200, TokenJson);

        var token = await _host.Client.OAuth.RefreshAsync(new RefreshTokenRequest { RefreshToken = "pinr.old" });

        token.ToString().ShouldNotContain("pina_new");
        token.ToString().ShouldNotContain("pinr.new");
        new RefreshTokenRequest { RefreshToken = "pinr.old" }.ToString().ShouldNotContain("pinr.old");
        new ExchangeCodeRequest { Code = "the-code", RedirectUri = Redirect }.ToString().ShouldNotContain("the-code");
    }

    [Fact]
    public async Task Missing_client_credentials_fail_clearly()
    {
        using var host = new PinterestTestHost(o => o.ClientSecret = null);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => host.Client.OAuth.RefreshAsync(new RefreshTokenRequest { RefreshToken = "r" }));

        error.Message.ShouldContain("Pinterest:ClientSecret");
    }
}
