using System.Security.Claims;
using GraphApi.Accounts.Links;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links;

public sealed class TokenRefreshTests : IDisposable
{
    private readonly AccountLinksFactory _factory = new();

    public TokenRefreshTests() => _factory.CreateClient().Dispose();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Twenty_concurrent_requests_on_an_expired_token_make_exactly_one_refresh_call()
    {
        await SaveAsync("alice", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshDelay = TimeSpan.FromMilliseconds(200);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => GetTokenAsync("alice"))));

        _factory.OAuth.Refreshes.ShouldBe(1);
        tokens.Distinct().Count().ShouldBe(1);
        tokens[0].ShouldStartWith("fake-access-");
        var stored = await _factory.FindAsync("alice");
        stored!.Tokens.AccessToken.ShouldBe(tokens[0]);
        stored.Tokens.RefreshToken.ShouldStartWith("fake-refresh-", customMessage: "the rotated refresh token is saved");
    }

    [Fact]
    public async Task A_token_inside_the_refresh_margin_is_refreshed_ahead_of_expiry()
    {
        await SaveAsync("bob", accessExpiresIn: TimeSpan.FromMinutes(30));

        var token = await GetTokenAsync("bob");

        _factory.OAuth.Refreshes.ShouldBe(1);
        token.ShouldStartWith("fake-access-");
    }

    [Fact]
    public async Task A_valid_token_is_used_as_is()
    {
        await SaveAsync("carol", accessExpiresIn: TimeSpan.FromDays(10));

        (await GetTokenAsync("carol")).ShouldBe("stored-access-carol");
        _factory.OAuth.Refreshes.ShouldBe(0);
    }

    [Fact]
    public async Task A_rejected_token_is_refreshed_once_even_when_many_requests_saw_it_rejected()
    {
        await SaveAsync("dave", accessExpiresIn: TimeSpan.FromDays(10));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => WithSourceAsync("dave", source => source.RefreshAfterRejectionAsync("stored-access-dave", default).AsTask()))));

        _factory.OAuth.Refreshes.ShouldBe(1);
        tokens.Distinct().Single().ShouldStartWith("fake-access-");
    }

    [Fact]
    public async Task A_dead_refresh_token_marks_the_connection_reconnect_required()
    {
        await SaveAsync("erin", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshTokenDead = true;

        await Should.ThrowAsync<PinterestReconnectRequiredException>(() => GetTokenAsync("erin"));
        await Should.ThrowAsync<PinterestReconnectRequiredException>(() => GetTokenAsync("erin"));

        (await _factory.FindAsync("erin"))!.Status.ShouldBe(AccountLinkStatus.ReconnectRequired);
        _factory.OAuth.Refreshes.ShouldBe(1, "a connection known dead is not refreshed again");
        var logs = string.Join('\n', _factory.Logs.Lines);
        logs.ShouldContain("Pinterest refused the refresh token of tenant '' user 'erin'");
        logs.ShouldNotContain("stored-refresh-erin");
    }

    [Fact]
    public async Task No_connection_is_not_connected()
    {
        await Should.ThrowAsync<PinterestNotConnectedException>(() => GetTokenAsync("nobody"));
    }

    private Task<string> GetTokenAsync(string userId) =>
        WithSourceAsync(userId, source => source.GetAccessTokenAsync(default).AsTask());

    private async Task<string> WithSourceAsync(string userId, Func<AccountLinkTokenSource, Task<string>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", userId)], "test")),
            RequestServices = scope.ServiceProvider,
        };
        return await action(scope.ServiceProvider.GetRequiredService<AccountLinkTokenSource>());
    }

    private async Task SaveAsync(string userId, TimeSpan accessExpiresIn)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().SaveAsync(new AccountLinkKey("", userId), new PinterestTokenSet(
            "stored-access-" + userId, "stored-refresh-" + userId, new HashSet<string> { "pins:read" },
            DateTimeOffset.UtcNow.Add(accessExpiresIn), DateTimeOffset.UtcNow.AddDays(60)), default);
    }
}
