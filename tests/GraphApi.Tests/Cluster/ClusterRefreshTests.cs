using GraphApi.Accounts.Links;
using GraphApi.Cluster;
using GraphApi.Pinterest.Errors;
using GraphApi.Tests.Accounts.Links.Durability;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Cluster;

/// <summary>Token refresh across two instances: one token call, the rotated refresh token saved once, shared cool-downs.</summary>
public sealed class ClusterRefreshTests
{
    [SkippableFact]
    public async Task Twenty_concurrent_requests_with_an_expired_token_split_across_two_instances_make_one_token_call()
    {
        await using var nodes = await TwoNodes.StartAsync();
        await nodes.A.SaveAsync("ana", accessExpiresIn: TimeSpan.FromMinutes(-1));
        nodes.OAuth.RefreshDelay = TimeSpan.FromMilliseconds(300);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? nodes.A : nodes.B).GetTokenAsync("ana"))));

        nodes.OAuth.Refreshes.ShouldBe(1, "the instance that got the lock second re-read the link and used the new tokens");
        tokens.Distinct().ShouldHaveSingleItem().ShouldStartWith("fake-access-");
        var stored = await nodes.B.WithStoreAsync(s => s.FindAsync(new AccountLinkKey("", "ana"), default));
        stored!.Tokens.AccessToken.ShouldBe(tokens[0]);
        nodes.OAuth.IssuedTokens.ShouldContain(stored.Tokens.RefreshToken, "the rotated refresh token is the one saved");
        nodes.OAuth.IssuedTokens.Count.ShouldBe(2, "one token set minted: nothing else could have overwritten it");
    }

    [SkippableFact]
    public async Task A_failed_refresh_on_one_instance_cools_down_the_other_without_a_token_call()
    {
        await using var nodes = await TwoNodes.StartAsync();
        await nodes.A.SaveAsync("bea", accessExpiresIn: TimeSpan.FromMinutes(-1));
        nodes.OAuth.RefreshFailure = () => new PinterestUpstreamException("token endpoint down");

        (await Should.ThrowAsync<PinterestRefreshUnavailableException>(() => nodes.A.GetTokenAsync("bea"))).RateLimited.ShouldBeFalse();
        var onB = await Should.ThrowAsync<PinterestRefreshUnavailableException>(() => nodes.B.GetTokenAsync("bea"));

        nodes.OAuth.Refreshes.ShouldBe(1);
        onB.RetryAfter.ShouldBeInRange(TimeSpan.FromTicks(1), TimeSpan.FromSeconds(30));
    }

    [SkippableFact]
    public async Task A_refresh_elsewhere_that_outlasts_the_lock_wait_answers_unavailable_without_a_second_call()
    {
        await using var nodes = await TwoNodes.StartAsync(("Cluster:RefreshLockWait", "00:00:01"));
        await nodes.A.SaveAsync("cal", accessExpiresIn: TimeSpan.FromMinutes(-1));
        nodes.OAuth.RefreshDelay = TimeSpan.FromSeconds(4);

        var onA = nodes.A.GetTokenAsync("cal");
        (await SandboxAccountLinks.EventuallyAsync(() => Task.FromResult(nodes.OAuth.Refreshes == 1), TimeSpan.FromSeconds(10))).ShouldBeTrue();
        var onB = await Should.ThrowAsync<PinterestRefreshUnavailableException>(() => nodes.B.GetTokenAsync("cal"));

        onB.RetryAfter.ShouldBe(TimeSpan.FromSeconds(1));
        (await onA).ShouldStartWith("fake-access-");
        nodes.OAuth.Refreshes.ShouldBe(1);
        (await nodes.B.GetTokenAsync("cal")).ShouldBe(await onA, "once A is done, B uses what A saved");
    }

    [SkippableFact]
    public async Task Postgres_advisory_locks_hold_across_instances_without_Redis()
    {
        var connectionString = ExternalServers.PostgresAdmin;
        var (x, y) = (PostgresLocks(connectionString), PostgresLocks(connectionString));
        x.Kind.ShouldBe("postgres");
        var name = "refresh:" + Guid.NewGuid().ToString("N");

        await using (var held = await x.TryAcquireAsync(name, TimeSpan.FromSeconds(5), default))
        {
            held.IsHeld.ShouldBeTrue();
            (await y.TryAcquireAsync(name, TimeSpan.FromSeconds(1), default)).IsTimedOut.ShouldBeTrue("x holds it on its own connection");
            await using var other = await y.TryAcquireAsync(name + "-other", TimeSpan.FromSeconds(1), default);
            other.IsHeld.ShouldBeTrue("another name is another lock");
        }

        await using var afterRelease = await y.TryAcquireAsync(name, TimeSpan.FromSeconds(5), default);
        afterRelease.IsHeld.ShouldBeTrue();
    }

    [Fact]
    public async Task Without_Redis_or_Postgres_locks_are_in_process_only()
    {
        var locks = new ClusterLocks(new ServiceCollection().BuildServiceProvider(), new ConfigurationBuilder().Build(),
            new RedisKeys(Options.Create(new RedisOptions())), NullLogger<ClusterLocks>.Instance);

        locks.AreShared.ShouldBeFalse();
        var result = await locks.TryAcquireAsync("refresh:x", TimeSpan.FromSeconds(1), default);
        result.IsHeld.ShouldBeFalse();
        result.IsTimedOut.ShouldBeFalse();
    }

    private static ClusterLocks PostgresLocks(string connectionString) => new(
        new ServiceCollection().BuildServiceProvider(),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
        }).Build(),
        new RedisKeys(Options.Create(new RedisOptions())),
        NullLogger<ClusterLocks>.Instance);
}
