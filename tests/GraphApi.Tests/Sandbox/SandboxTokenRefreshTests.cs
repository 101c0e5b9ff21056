using System.Security.Claims;
using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Sandbox;

/// <summary>Token refresh against the sandbox's real token endpoint, counted by the sandbox itself.</summary>
public sealed class SandboxTokenRefreshTests : IDisposable
{
    private readonly SandboxGatewayFactory _factory = new();

    public SandboxTokenRefreshTests() => _ = _factory.Address;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Twenty_concurrent_calls_on_an_expired_token_make_one_refresh_call_and_all_succeed()
    {
        await ConnectAsync("demo.pinner");
        await RewriteAsync("demo.pinner", tokens => tokens with { AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
        _factory.Counters.Reset();

        var accounts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => AsUserAsync("demo.pinner", c => c.GetAsync()))));

        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
        _factory.Counters.CountOf("user_account/get").ShouldBe(20);
        accounts.ShouldAllBe(a => a.Username == "demo.pinner");
        var stored = await FindAsync("demo.pinner");
        stored.Tokens.AccessTokenExpiresAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(29));
    }

    [Fact]
    public async Task A_401_from_pinterest_refreshes_once_and_repeats_the_call()
    {
        await ConnectAsync("demo.pinner");
        await RewriteAsync("demo.pinner", tokens => tokens with { AccessToken = "revoked-or-unknown-token" });
        _factory.Counters.Reset();

        var account = await AsUserAsync("demo.pinner", c => c.GetAsync());

        account.Username.ShouldBe("demo.pinner");
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
        _factory.Counters.CountOf("user_account/get").ShouldBe(2);
        (await FindAsync("demo.pinner")).Tokens.AccessToken.ShouldNotBe("revoked-or-unknown-token");
    }

    [Fact]
    public async Task A_dead_refresh_token_marks_the_connection_reconnect_required()
    {
        await ConnectAsync("demo.business");
        await RewriteAsync("demo.business", tokens => tokens with { RefreshToken = "dead-refresh-token", AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });

        await Should.ThrowAsync<PinterestReconnectRequiredException>(() => AsUserAsync("demo.business", c => c.GetAsync()));

        (await FindAsync("demo.business")).Status.ShouldBe(AccountLinkStatus.ReconnectRequired);
        string.Join('\n', _factory.Logs.Lines).ShouldNotContain("dead-refresh-token");
    }

    [Fact]
    public async Task The_sandbox_revokes_the_old_refresh_token_when_it_issues_a_new_one()
    {
        _ = _factory.Address;
        await using var scope = _factory.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<GraphApi.Pinterest.Sandbox.ISandboxTokenIssuer>().IssueAsync("demo.curator", ["user_accounts:read"]);
        var oauth = scope.ServiceProvider.GetRequiredService<IPinterestOAuthFlow>();

        var app = new GraphApi.Pinterest.OAuth.PinterestAppCredentials("sandbox-client", "sandbox-secret");

        var rotated = await oauth.RefreshAsync(app, issued.RefreshToken, default);

        rotated.RefreshToken.ShouldNotBe(issued.RefreshToken);
        await Should.ThrowAsync<PinterestRefreshRejectedException>(() => oauth.RefreshAsync(app, issued.RefreshToken, default));
        (await oauth.RefreshAsync(app, rotated.RefreshToken, default)).RefreshToken.ShouldNotBe(rotated.RefreshToken);
    }

    private async Task ConnectAsync(string user)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(user, null, default);
    }

    private async Task<PinterestAccountLink> FindAsync(string user)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(new AccountLinkKey("", user), default))!;
    }

    private async Task RewriteAsync(string user, Func<PinterestTokenSet, PinterestTokenSet> change)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        var connection = await store.FindAsync(new AccountLinkKey("", user), default);
        await store.SaveAsync(connection!.Key, change(connection.Tokens), default);
    }

    /// <summary>Calls the Pinterest client as a request for <paramref name="user"/> would: its own scope and HttpContext.</summary>
    private async Task<T> AsUserAsync<T>(string user, Func<IUserAccountClient, Task<T>> call)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user)], "test")),
            RequestServices = scope.ServiceProvider,
        };
        return await call(scope.ServiceProvider.GetRequiredService<IUserAccountClient>());
    }
}
