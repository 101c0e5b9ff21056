using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Crash;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Pinterest;
using GraphApi.Tests.Sandbox;

namespace GraphApi.Tests.Faults;

/// <summary>
/// A gateway whose database another process holds locked. Its own host, because it shortens SQLite's busy timeout
/// (Microsoft.Data.Sqlite's default is 30 s) through <c>Storage:ConnectionString</c>, so a blocked write fails in 2 s.
/// </summary>
public sealed class LockedDatabaseFixture : IAsyncLifetime
{
    public LockedDatabaseFixture()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        Factory = new SandboxGatewayFactory([($"Storage:ConnectionString", $"Data Source={DatabaseFile};Default Timeout=2"), .. RelaxedLimits.RateLimits]);
    }

    public string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), "graphapi-tests", Guid.NewGuid().ToString("N"), "graphapi.db");

    public SandboxGatewayFactory Factory { get; }

    public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Directory.Delete(Path.GetDirectoryName(DatabaseFile)!, recursive: true);
        return Task.CompletedTask;
    }

    public async Task<JsonElement> QueryAsync(string user, string query)
    {
        using var client = Factory.CreateClientFor(user);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        return await response.ReadJsonAsync();
    }
}

public sealed class DatabaseLockedTests(LockedDatabaseFixture fixture) : IClassFixture<LockedDatabaseFixture>
{
    [Fact]
    public async Task While_another_process_holds_the_write_lock_connected_callers_keep_reading()
    {
        var mark = fixture.Factory.Logs.Lines.Count;
        await using (var held = await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            held.JournalMode.ShouldBe("wal");

            var connected = await fixture.QueryAsync(SandboxDemoUsers.Curator, "{ me { username } pinterestConnection { status } }");
            // A caller never seen before: a real read of the connections table under the lock.
            var stranger = await fixture.QueryAsync("faults-db-stranger-" + Guid.NewGuid().ToString("N"), "{ me { username } }");

            connected.ShouldHaveNoErrors();
            connected.At("data.me.username").GetString().ShouldBe(SandboxDemoUsers.Curator);
            stranger.FirstErrorCode().ShouldBe("PINTEREST_NOT_CONNECTED");
        }

        NoUnhandledSince(mark).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_connect_under_the_lock_connects_nothing_and_the_same_caller_connects_once_it_is_released()
    {
        var caller = "faults-db-" + Guid.NewGuid().ToString("N");
        using var app = fixture.Factory.CreateClientFor(caller);

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            // The callback must store the pending completion: it cannot, so no completion reaches the app.
            await Should.ThrowAsync<InvalidOperationException>(() => ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Pinner));
        }

        (await fixture.QueryAsync(caller, "{ pinterestConnection { status } }")).At("data.pinterestConnection.status").GetString().ShouldBe("NOT_CONNECTED");
        var completed = await ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Pinner);
        completed.At("data.completePinterestConnection.connection.status").GetString().ShouldBe("CONNECTED");
        (await fixture.QueryAsync(caller, "{ me { username } }")).At("data.me.username").GetString().ShouldBe(SandboxDemoUsers.Pinner);
    }

    [Fact(Skip = "Known defect on main (docs/durability/faults.md, 'Database locked'): the OAuth callback lets SqliteException "
        + "'database is locked' escape: HTTP 500 and an Error-level 'Unhandled exception for /integration-callback' after the busy timeout.")]
    public async Task A_connect_under_the_lock_is_answered_with_a_retryable_error_page_and_logs_no_unhandled_exception()
    {
        var caller = "faults-db-" + Guid.NewGuid().ToString("N");
        using var app = fixture.Factory.CreateClientFor(caller);
        var mark = fixture.Factory.Logs.Lines.Count;

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            var failure = await Should.ThrowAsync<InvalidOperationException>(() => ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Pinner));
            failure.Message.ShouldContain("answered 503");
        }

        fixture.Factory.Logs.Lines.Skip(mark).ShouldNotContain(line => line.StartsWith("Error ", StringComparison.Ordinal) && line.Contains("Unhandled", StringComparison.Ordinal));
    }

    private List<string> NoUnhandledSince(int mark) =>
        [.. fixture.Factory.Logs.Lines.Skip(mark).Where(line => line.Contains("INTERNAL_ERROR", StringComparison.Ordinal) || (line.StartsWith("Error ", StringComparison.Ordinal) && line.Contains("Unhandled", StringComparison.Ordinal)))];
}
