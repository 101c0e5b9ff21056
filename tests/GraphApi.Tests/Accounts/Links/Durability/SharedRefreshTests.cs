using System.Security.Claims;
using GraphApi.Accounts.Links;
using GraphApi.Execution.Errors;
using GraphApi.Pinterest.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links.Durability;

/// <summary>The refresher's shared outcome with a counted fake token endpoint: cancellation, refusal, failure and its cool-down.</summary>
public sealed class SharedRefreshTests : IDisposable
{
    private readonly AccountLinksFactory _factory = new();

    public SharedRefreshTests() => _factory.CreateClient().Dispose();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_waiter_that_gives_up_does_not_cancel_the_shared_attempt()
    {
        await SaveAsync("frank", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshDelay = TimeSpan.FromSeconds(2);
        using var impatient = new CancellationTokenSource();
        var waiting = GetTokenAsync("frank", impatient.Token);

        // Cancel once the attempt is on its way (not on a timer: a loaded runner could cancel before it started).
        (await SandboxAccountLinks.EventuallyAsync(() => Task.FromResult(_factory.OAuth.Refreshes == 1), TimeSpan.FromSeconds(10))).ShouldBeTrue();
        await impatient.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => waiting);

        // Nobody waits any more, yet the attempt goes on and its rotated tokens are saved.
        (await SandboxAccountLinks.EventuallyAsync(
            async () => (await _factory.FindAsync("frank"))!.Tokens.RefreshToken.StartsWith("fake-refresh-", StringComparison.Ordinal), TimeSpan.FromSeconds(10))).ShouldBeTrue();
        var stored = await _factory.FindAsync("frank");
        (await GetTokenAsync("frank")).ShouldBe(stored!.Tokens.AccessToken);
        _factory.OAuth.Refreshes.ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_refresh_token_is_one_call_and_reconnect_required_for_every_waiter()
    {
        await SaveAsync("gina", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshDelay = TimeSpan.FromMilliseconds(200);
        _factory.OAuth.RefreshTokenDead = true;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => CatchAsync(() => GetTokenAsync("gina")))));

        outcomes.ShouldAllBe(e => e is PinterestReconnectRequiredException);
        _factory.OAuth.Refreshes.ShouldBe(1);
        (await _factory.FindAsync("gina"))!.Status.ShouldBe(AccountLinkStatus.ReconnectRequired);
    }

    [Fact]
    public async Task A_failed_attempt_is_shared_and_its_cool_down_answers_without_calling_again()
    {
        await SaveAsync("hank", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshDelay = TimeSpan.FromMilliseconds(200);
        _factory.OAuth.RefreshFailure = () => new PinterestUpstreamException("token endpoint down");

        var waiters = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => CatchAsync(() => GetTokenAsync("hank")))));
        var later = new List<Exception?>();
        for (var i = 0; i < 200; i++)
        {
            later.Add(await CatchAsync(() => GetTokenAsync("hank")));
        }

        _factory.OAuth.Refreshes.ShouldBe(1, "200 more requests inside the cool-down make no token call");
        foreach (var failure in waiters.Concat(later))
        {
            var unavailable = failure.ShouldBeOfType<PinterestRefreshUnavailableException>();
            unavailable.RateLimited.ShouldBeFalse();
            unavailable.RetryAfter.ShouldBeInRange(TimeSpan.FromTicks(1), TimeSpan.FromSeconds(30));
            var mapped = PinterestExceptionTranslator.ToFailure(unavailable)!;
            mapped.Code.ShouldBe(ErrorCodes.UpstreamUnavailable);
            mapped.RetryAfterSeconds.ShouldNotBeNull().ShouldBeInRange(1, 30);
        }

        (await _factory.FindAsync("hank"))!.Status.ShouldBe(AccountLinkStatus.Connected);
        _factory.Services.GetRequiredService<AccountLinkRefresher>().TrackedCount.ShouldBe(1, "one cool-down, no flight left behind");
    }

    [Fact]
    public async Task A_rate_limited_attempt_cools_down_as_RATE_LIMITED()
    {
        await SaveAsync("ivy", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshFailure = () => new PinterestRateLimitedException("slow down");

        var first = await CatchAsync(() => GetTokenAsync("ivy"));
        var second = await CatchAsync(() => GetTokenAsync("ivy"));

        _factory.OAuth.Refreshes.ShouldBe(1);
        first.ShouldBeOfType<PinterestRefreshUnavailableException>().RateLimited.ShouldBeTrue();
        var mapped = PinterestExceptionTranslator.ToFailure(second!)!;
        mapped.Code.ShouldBe(ErrorCodes.RateLimited);
        mapped.RetryAfterSeconds.ShouldNotBeNull().ShouldBeInRange(1, 30);
    }

    [Fact]
    public async Task A_token_that_still_works_is_used_when_refreshing_ahead_of_expiry_fails()
    {
        await SaveAsync("jack", accessExpiresIn: TimeSpan.FromMinutes(30));
        _factory.OAuth.RefreshFailure = () => new HttpRequestException("network down");

        (await GetTokenAsync("jack")).ShouldBe("stored-access-jack");
        (await GetTokenAsync("jack")).ShouldBe("stored-access-jack");

        _factory.OAuth.Refreshes.ShouldBe(1, "the second request is inside the cool-down");
    }

    [Fact]
    public async Task Another_users_failure_does_not_cool_down_this_user()
    {
        await SaveAsync("kim", accessExpiresIn: TimeSpan.FromMinutes(-1));
        await SaveAsync("lee", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshFailure = () => new HttpRequestException("network down");
        (await CatchAsync(() => GetTokenAsync("kim"))).ShouldBeOfType<PinterestRefreshUnavailableException>();
        _factory.OAuth.RefreshFailure = null;

        (await GetTokenAsync("lee")).ShouldStartWith("fake-access-");
        _factory.OAuth.Refreshes.ShouldBe(2);
    }

    [Fact]
    public async Task A_reconnect_during_the_cool_down_refreshes_with_the_new_grant_at_once()
    {
        await SaveAsync("mia", accessExpiresIn: TimeSpan.FromMinutes(-1));
        _factory.OAuth.RefreshFailure = () => new HttpRequestException("network down");
        (await CatchAsync(() => GetTokenAsync("mia"))).ShouldBeOfType<PinterestRefreshUnavailableException>();
        (await CatchAsync(() => GetTokenAsync("mia"))).ShouldBeOfType<PinterestRefreshUnavailableException>();
        _factory.OAuth.Refreshes.ShouldBe(1);
        _factory.OAuth.RefreshFailure = null;

        // A new consent stores a new refresh token (a new version): the failed one's cool-down does not apply to it.
        await SaveAsync("mia", accessExpiresIn: TimeSpan.FromMinutes(-1));

        (await GetTokenAsync("mia")).ShouldStartWith("fake-access-");
        _factory.OAuth.Refreshes.ShouldBe(2);
    }

    private static async Task<Exception?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private async Task<string> GetTokenAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", userId)], "test")),
            RequestServices = scope.ServiceProvider,
        };
        return await scope.ServiceProvider.GetRequiredService<AccountLinkTokenSource>().GetAccessTokenAsync(cancellationToken);
    }

    private async Task SaveAsync(string userId, TimeSpan accessExpiresIn)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().SaveAsync(new AccountLinkKey("", userId), new PinterestTokenSet(
            "stored-access-" + userId, "stored-refresh-" + userId, new HashSet<string> { "pins:read" },
            DateTimeOffset.UtcNow.Add(accessExpiresIn), DateTimeOffset.UtcNow.AddDays(60)), default);
    }
}
