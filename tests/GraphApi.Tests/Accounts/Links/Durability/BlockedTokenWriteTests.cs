using GraphApi.Accounts.Links;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
namespace GraphApi.Tests.Accounts.Links.Durability;

/// <summary>
/// The database refuses the write after a refresh (a write lock held from outside the gateway): the caller still
/// gets the refreshed tokens, the failure is logged critical, nothing is refreshed twice, and the tokens land once
/// the lock is gone, or after a restart when the process ends first.
/// </summary>
public sealed class BlockedTokenWriteTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "graphapi-tests", "tokens-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_blocked_write_serves_the_new_tokens_logs_critical_and_persists_them_once_released()
    {
        using var factory = Gateway();
        await factory.ConnectAsync("demo.pinner");
        await factory.ExpireAccessTokenAsync("demo.pinner");
        var before = (await factory.FindInDatabaseAsync("demo.pinner"))!;
        factory.Counters.Reset();

        PinterestAccountLink served;
        await using (await SqliteWriteLock.OnGatewayDatabaseAsync(_dataDirectory))
        {
            var first = await factory.QueryAsync("demo.pinner");
            var second = await factory.QueryAsync("demo.pinner");

            first.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
            second.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
            factory.Counters.CountOf("oauth/token").ShouldBe(1, "the second request uses the tokens held in memory");
            factory.Counters.CountOf("user_account/get").ShouldBe(2);

            served = (await factory.FindAsync("demo.pinner"))!;
            served.Tokens.RefreshToken.ShouldNotBe(before.Tokens.RefreshToken);
            (await factory.FindInDatabaseAsync("demo.pinner"))!.Version.ShouldBe(before.Version, "the lock kept the write out");
            SandboxAccountLinks.JournalFiles(_dataDirectory).Length.ShouldBe(1);
            factory.Logs.Lines.ShouldContain(l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("user 'demo.pinner' could not be written to the database", StringComparison.Ordinal));
            using var client = factory.CreateBrowser();
            (await client.GetStringAsync("/health/ready")).ShouldBe("Degraded");
        }

        (await SandboxAccountLinks.EventuallyAsync(
            async () => (await factory.FindInDatabaseAsync("demo.pinner"))!.Version == served.Version, TimeSpan.FromSeconds(30))).ShouldBeTrue();
        var stored = (await factory.FindInDatabaseAsync("demo.pinner"))!;
        stored.Tokens.RefreshToken.ShouldBe(served.Tokens.RefreshToken);
        stored.Tokens.AccessToken.ShouldBe(served.Tokens.AccessToken);
        (await SandboxAccountLinks.EventuallyAsync(() => Task.FromResult(SandboxAccountLinks.JournalFiles(_dataDirectory).Length == 0), TimeSpan.FromSeconds(10))).ShouldBeTrue();
        using (var client = factory.CreateBrowser())
        {
            (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
        }

        var logs = string.Join('\n', factory.Logs.Lines);
        logs.ShouldNotContain(served.Tokens.RefreshToken);
        logs.ShouldNotContain(served.Tokens.AccessToken);
        logs.ShouldNotContain(before.Tokens.RefreshToken);
    }

    [Fact]
    public async Task A_crash_before_the_write_lands_loses_nothing_the_restarted_gateway_uses_the_rotated_refresh_token()
    {
        PinterestAccountLink served;
        var writeLock = default(SqliteWriteLock);
        try
        {
            using var first = Gateway(quiet: true);
            await first.ConnectAsync("demo.pinner");
            await first.ExpireAccessTokenAsync("demo.pinner");
            var revokedRefreshToken = (await first.FindInDatabaseAsync("demo.pinner"))!.Tokens.RefreshToken;
            writeLock = await SqliteWriteLock.OnGatewayDatabaseAsync(_dataDirectory);

            (await first.QueryAsync("demo.pinner")).GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
            served = (await first.FindAsync("demo.pinner"))!;
            served.Tokens.RefreshToken.ShouldNotBe(revokedRefreshToken);
            (await first.FindInDatabaseAsync("demo.pinner"))!.Tokens.RefreshToken.ShouldBe(revokedRefreshToken, "the write has not landed when the process ends");
        }
        finally
        {
            // The host is disposed first (end of the using block): the process is gone with the new tokens in memory
            // and in the journal only; the database frees up afterwards.
            if (writeLock is not null)
            {
                await writeLock.DisposeAsync();
            }
        }

        SandboxAccountLinks.JournalFiles(_dataDirectory).Length.ShouldBe(1);

        using var second = Gateway();
        _ = second.Address;

        var recovered = (await second.FindInDatabaseAsync("demo.pinner"))!;
        recovered.Tokens.RefreshToken.ShouldBe(served.Tokens.RefreshToken, "recovery wrote the journal entry before the gateway answered");
        recovered.Version.ShouldBe(served.Version);
        SandboxAccountLinks.JournalFiles(_dataDirectory).ShouldBeEmpty();

        // Make the gateway refresh again: only the rotated refresh token is still accepted by the sandbox.
        await second.ExpireAccessTokenAsync("demo.pinner");
        second.Counters.Reset();
        var body = await second.QueryAsync("demo.pinner");

        body.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
        second.Counters.CountOf("oauth/token").ShouldBe(1);
        var after = (await second.FindInDatabaseAsync("demo.pinner"))!;
        after.Status.ShouldBe(AccountLinkStatus.Connected);
        after.Tokens.RefreshToken.ShouldNotBe(served.Tokens.RefreshToken, "it rotated once more");
    }

    // quiet: one write attempt and the first background retry 10 s later, so no write of the "crashed" host is still
    // running when the test releases the lock (a real kill -9 leaves none; an in-process host's task could land it).
    private SandboxGatewayFactory Gateway(bool quiet = false) => new(
    [
        ("Storage:DataDirectory", _dataDirectory),
        ("Pinterest:TokenWriteAttempts", quiet ? "1" : "2"),
        ("Pinterest:TokenWriteRetryDelay", quiet ? "00:00:10" : "00:00:00.050"),
        ("Pinterest:TokenWriteBackgroundMaxDelay", "00:00:01"),
        .. RelaxedLimits.RateLimits,
    ]);
}
