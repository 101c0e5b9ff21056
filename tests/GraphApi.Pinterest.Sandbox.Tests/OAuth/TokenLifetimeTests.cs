using System.Net.Http.Headers;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.OAuth;

/// <summary>Lifetimes come from configuration; a hand-moved clock makes them expire without waiting.</summary>
public sealed class TokenLifetimeTests(TokenLifetimeTests.ShortLivedTokens fixture) : IClassFixture<TokenLifetimeTests.ShortLivedTokens>
{
    private readonly ManualTimeProvider _time = fixture.Time;
    private readonly SandboxHost _host = fixture.Host;

    /// <summary>A host with 5-second access tokens and 1-minute refresh tokens on a hand-moved clock.</summary>
    public sealed class ShortLivedTokens : IAsyncLifetime
    {
        public ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

        internal SandboxHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await SandboxHost.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Sandbox:AccessTokenLifetime"] = "00:00:05",
                ["Sandbox:RefreshTokenLifetime"] = "00:01:00",
            },
            time: Time);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task An_expired_access_token_gets_401_code_2_and_refreshing_fixes_it()
    {
        using var http = _host.CreateClient();
        var oauth = new OAuthClient(http);
        var (_, token) = await oauth.RedeemAsync(await oauth.ApproveAsync(SandboxDemoUsers.Pinner, "user_accounts:read"));
        token!["expires_in"]!.GetValue<long>().ShouldBe(5);

        _time.Advance(TimeSpan.FromSeconds(6));
        var expired = await GetAccountAsync(http, token["access_token"]!.GetValue<string>());
        var (status, refreshed) = await oauth.RefreshAsync(token["refresh_token"]!.GetValue<string>());
        var renewed = await GetAccountAsync(http, refreshed!["access_token"]!.GetValue<string>());

        expired.ShouldBe((401, 2));
        status.ShouldBe(200);
        refreshed["response_type"]!.GetValue<string>().ShouldBe("refresh_token");
        renewed.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_the_old_one_dies()
    {
        using var http = _host.CreateClient();
        var oauth = new OAuthClient(http);
        var (_, first) = await oauth.RedeemAsync(await oauth.ApproveAsync(SandboxDemoUsers.Pinner, "boards:read,pins:read"));
        var original = first!["refresh_token"]!.GetValue<string>();

        var (_, second) = await oauth.RefreshAsync(original);
        var reuse = await oauth.RefreshAsync(original);
        var next = await oauth.RefreshAsync(second!["refresh_token"]!.GetValue<string>());

        second["refresh_token"]!.GetValue<string>().ShouldNotBe(original);
        second["refresh_token_expires_in"]!.GetValue<long>().ShouldBe(60);
        reuse.Status.ShouldBe(401);
        reuse.Body!.Code().ShouldBe(2);
        next.Status.ShouldBe(200);
    }

    [Fact]
    public async Task An_expired_refresh_token_is_refused()
    {
        using var http = _host.CreateClient();
        var oauth = new OAuthClient(http);
        var (_, token) = await oauth.RedeemAsync(await oauth.ApproveAsync(SandboxDemoUsers.Pinner, "boards:read"));

        _time.Advance(TimeSpan.FromMinutes(2));
        var (status, body) = await oauth.RefreshAsync(token!["refresh_token"]!.GetValue<string>());

        status.ShouldBe(401);
        body!.Code().ShouldBe(2);
    }

    [Fact]
    public async Task Refresh_can_narrow_the_scopes_but_not_widen_them()
    {
        var tokens = await _host.IssueAsync(SandboxDemoUsers.Pinner, "boards:read", "pins:read");
        using var http = _host.CreateClient();
        var oauth = new OAuthClient(http);

        var wider = await oauth.RefreshAsync(tokens.RefreshToken, "boards:read,pins:read,pins:write");
        var narrower = await oauth.RefreshAsync(tokens.RefreshToken, "boards:read");

        wider.Status.ShouldBe(400);
        narrower.Status.ShouldBe(200);
        narrower.Body!["scope"]!.GetValue<string>().ShouldBe("boards:read");
    }

    [Fact]
    public async Task Codes_expire_after_their_lifetime()
    {
        using var http = _host.CreateClient();
        var oauth = new OAuthClient(http);
        var code = await oauth.ApproveAsync(SandboxDemoUsers.Pinner, "boards:read");

        _time.Advance(TimeSpan.FromMinutes(11));
        var (status, _) = await oauth.RedeemAsync(code);

        status.ShouldBe(400);
    }

    private static async Task<(int Status, int Code)> GetAccountAsync(HttpClient http, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("v5/user_account", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        var body = await response.JsonAsync();
        return ((int)response.StatusCode, response.IsSuccessStatusCode ? 0 : body.Code());
    }
}
