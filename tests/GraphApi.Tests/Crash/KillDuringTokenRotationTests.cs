using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Crash;

/// <summary>
/// kill -9 inside the token-rotation window (docs/durability/tokens.md): Pinterest has answered a refresh (so it has
/// revoked the old refresh token), the journal holds the new set, the database write is blocked by another process.
/// The sandbox issues access tokens for 30 minutes, below the gateway's 1 h refresh margin, so every request of a
/// connected caller refreshes ahead of expiry: the query after the restart is itself the proof that the database
/// holds the rotated refresh token (the sandbox refuses a revoked one with 400, which the gateway turns into
/// RECONNECT_REQUIRED).
/// </summary>
public sealed class KillDuringTokenRotationTests
{
    private const string Status = "{ me { username } pinterestConnection { status } }";

    [Fact]
    public Task Killed_with_the_rotated_tokens_only_in_the_journal_the_restarted_gateway_recovers_them_and_the_next_refresh_succeeds() =>
        CrashRun.WithHarnessAsync(Configure, async harness =>
        {
            const string User = "crash-rotation-user";
            var journal = await KillInsideTheWindowAsync(harness, User, SandboxDemoUsers.Pinner);
            await harness.StartGatewayAsync();

            // Start-up recovery wrote the journalled set before the gateway answered anything.
            harness.Gateway.Output.ShouldContain(": written to the database");
            Directory.GetFiles(journal, "*.tok").ShouldBeEmpty();

            var body = await harness.QueryAsync(User, Status);
            body.ShouldHaveNoErrors();
            body.At("data.me.username").GetString().ShouldBe(SandboxDemoUsers.Pinner);
            body.At("data.pinterestConnection.status").GetString().ShouldBe("CONNECTED");
            // 1 = the refresh before the kill; 2 = the refresh after the restart, made with the recovered refresh token.
            (await harness.CountersAsync()).GetValueOrDefault("oauth/token").ShouldBe(2);
            harness.Gateway.Output.ShouldNotContain("RECONNECT_REQUIRED");
            harness.Gateway.Output.ShouldNotContain("Unhandled exception");
        });

    /// <summary>
    /// The control: the same kill with the journal entry removed before the restart (what a gateway without the journal
    /// would have on disk) loses the rotation: the database's refresh token was revoked by Pinterest, so the next refresh
    /// is refused and the user must consent again. This is what makes the test above able to fail.
    /// </summary>
    [Fact]
    public Task Killed_in_the_same_window_without_the_journal_entry_the_connection_is_lost() =>
        CrashRun.WithHarnessAsync(Configure, async harness =>
        {
            const string User = "crash-rotation-control";
            var journal = await KillInsideTheWindowAsync(harness, User, SandboxDemoUsers.Business);
            foreach (var entry in Directory.GetFiles(journal, "*.tok"))
            {
                File.Delete(entry);
            }

            await harness.StartGatewayAsync();

            var body = await harness.QueryAsync(User, Status);
            body.FirstErrorCode().ShouldBe("PINTEREST_RECONNECT_REQUIRED");
            (await harness.QueryAsync(User, "{ pinterestConnection { status } }")).At("data.pinterestConnection.status").GetString().ShouldBe("RECONNECT_REQUIRED");
        });

    private static void Configure(CrashHarness harness) => harness.SandboxSettings["Sandbox:AccessTokenLifetime"] = "00:30:00";

    /// <summary>
    /// Connects <paramref name="user"/>, blocks the gateway's database writes from this process, sends a query (its
    /// refresh rotates the tokens at the sandbox), waits until the journal entry exists and kills the gateway there,
    /// then releases the lock. Returns the journal folder.
    /// </summary>
    private static async Task<string> KillInsideTheWindowAsync(CrashHarness harness, string user, string sandboxUser)
    {
        await harness.ConnectAsync(user, sandboxUser);
        await harness.ResetCountersAsync();
        var journal = Path.Combine(harness.GatewayDataDirectory, "token-journal");

        var held = await SqliteWriteLock.OnGatewayDatabaseAsync(harness.GatewayDataDirectory);
        try
        {
            using var client = harness.CreateClientFor(user);
            var query = client.SendAsync(GraphQLHttp.PostQuery(Status));
            await WaitForJournalEntryAsync(journal, query);
            (await harness.CountersAsync()).GetValueOrDefault("oauth/token").ShouldBe(1, "one refresh rotated the tokens at the sandbox");
            harness.KillGateway();
            await Should.ThrowAsync<HttpRequestException>(query);
        }
        finally
        {
            await held.DisposeAsync();
        }

        Directory.GetFiles(journal, "*.tok").Length.ShouldBe(1, "the kill left the journal entry behind");
        return journal;
    }

    /// <summary>Polls (up to 30 s) for the journal's renamed entry; fails early if the query answered first (the write was not blocked).</summary>
    private static async Task WaitForJournalEntryAsync(string journal, Task<HttpResponseMessage> query)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Directory.Exists(journal) || Directory.GetFiles(journal, "*.tok").Length == 0)
        {
            if (query.IsCompleted)
            {
                using var answer = await query;
                throw new InvalidOperationException($"The query answered {(int)answer.StatusCode} before any journal entry existed: {await answer.Content.ReadAsStringAsync()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No token journal entry within 30 s.");
            }

            await Task.Delay(20);
        }
    }
}
