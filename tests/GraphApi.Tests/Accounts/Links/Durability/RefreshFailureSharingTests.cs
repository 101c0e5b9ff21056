using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Accounts.Links.Caching;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links.Durability;

/// <summary>
/// The scenario on the sandbox's real token endpoint (counted by the sandbox): waiters share one refresh
/// attempt and its failure, and the cool-down answers without calling again. The refresher runs on a manual clock so
/// the cool-down's end is reached without sleeping.
/// </summary>
public sealed class RefreshFailureSharingTests : IAsyncLifetime, IDisposable
{
    private static readonly SandboxFaultSettings TokenEndpointDown = new() { ErrorRate = 1, LatencyMs = 400, OperationIds = ["oauth/token"] };

    private readonly ManualClock _clock = new();
    private readonly SandboxGatewayFactory _factory;

    public RefreshFailureSharingTests() => _factory = new SandboxGatewayFactory([.. RelaxedLimits.RateLimits])
    {
        TestServices = services => services.AddSingleton(sp => ActivatorUtilities.CreateInstance<AccountLinkRefresher>(sp, (TimeProvider)_clock)),
    };

    private ISandboxFaults Faults => _factory.Services.GetRequiredService<ISandboxFaults>();

    public Task InitializeAsync() => _factory.ConnectDemoUsersAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Ten_waiting_requests_with_the_token_endpoint_down_make_one_token_call_and_all_get_the_typed_error()
    {
        await _factory.ExpireAccessTokenAsync("demo.pinner");
        Faults.Apply(TokenEndpointDown);
        _factory.Counters.Reset();

        var bodies = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => _factory.QueryAsync("demo.pinner"))));

        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
        _factory.Counters.CountOf("user_account/get").ShouldBe(0);
        foreach (var body in bodies)
        {
            body.FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");
            var retryAfter = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32();
            retryAfter.ShouldBeInRange(1, 30);
        }

        (await _factory.FindAsync("demo.pinner"))!.Status.ShouldBe(AccountLinkStatus.Connected, "an unavailable token endpoint is not a refused token");
    }

    [Fact]
    public async Task Inside_the_cool_down_no_token_call_is_made_and_after_it_one_new_attempt_succeeds()
    {
        await _factory.ExpireAccessTokenAsync("demo.business");
        Faults.Apply(TokenEndpointDown);
        (await _factory.QueryAsync("demo.business")).FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");
        Faults.Clear();
        _factory.Counters.Reset();

        // 100 repeats inside the cool-down, even with the endpoint back: no token call, the same typed error.
        for (var i = 0; i < 100; i++)
        {
            (await _factory.QueryAsync("demo.business")).FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");
        }

        _factory.Counters.CountOf("oauth/token").ShouldBe(0);
        _clock.Advance(TimeSpan.FromSeconds(31));

        var body = await _factory.QueryAsync("demo.business");

        body.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.business");
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
        _factory.Services.GetRequiredService<AccountLinkRefresher>().TrackedCount.ShouldBe(0, "the flight and the expired cool-down left the table");
    }

    [Fact]
    public async Task A_rate_limited_token_endpoint_answers_RATE_LIMITED_with_retryAfter()
    {
        await _factory.ExpireAccessTokenAsync("demo.curator");
        Faults.Apply(new SandboxFaultSettings { RateLimit = 0, OperationIds = ["oauth/token"] });
        _factory.Counters.Reset();

        var first = await _factory.QueryAsync("demo.curator");
        var second = await _factory.QueryAsync("demo.curator");

        first.FirstErrorCode().ShouldBe("RATE_LIMITED");
        second.FirstErrorCode().ShouldBe("RATE_LIMITED");
        second.GetProperty("errors")[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32().ShouldBeGreaterThan(0);
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
        Faults.Clear();
    }
}
