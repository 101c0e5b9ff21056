using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Crash;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

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

    public async Task<JsonElement> QueryAsync(string user, string query, object? variables = null)
    {
        using var client = Factory.CreateClientFor(user);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }
}

public sealed class DatabaseLockedTests(LockedDatabaseFixture fixture) : IClassFixture<LockedDatabaseFixture>
{
    private const string Disconnect = "mutation { disconnectPinterest { disconnected } }";

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
        var caller = NewCaller();
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

    [Fact]
    public async Task A_connect_under_the_lock_is_answered_with_a_retryable_error_page_and_logs_no_unhandled_exception()
    {
        using var app = fixture.Factory.CreateClientFor(NewCaller());
        var mark = fixture.Factory.Logs.Lines.Count;

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            var failure = await Should.ThrowAsync<InvalidOperationException>(() => ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Pinner));
            failure.Message.ShouldContain("answered 503");
        }

        NoUnhandledSince(mark).ShouldBeEmpty();
        fixture.Factory.Logs.Lines.Skip(mark).ShouldContain(line => line.Contains("callback not completed: storage unavailable (SQLite error 5)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Starting_a_connect_writes_nothing_so_it_works_under_the_lock()
    {
        using var app = fixture.Factory.CreateClientFor(NewCaller());
        var mark = fixture.Factory.Logs.Lines.Count;

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            using var response = await app.SendAsync(GraphQLHttp.PostQuery("mutation { connectPinterest(input: { returnUrl: \"/\" }) { authorizationUrl } }"));
            var body = await response.ReadJsonAsync();
            body.ShouldHaveNoErrors();
            body.At("data.connectPinterest.authorizationUrl").GetString().ShouldNotBeNullOrEmpty();
            using var redirect = await app.GetAsync(new Uri("/integrations/pinterest/connect?returnUrl=%2F", UriKind.Relative));
            redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        NoUnhandledSince(mark).ShouldBeEmpty();
    }

    [Fact]
    public async Task Completing_under_the_lock_answers_STORAGE_UNAVAILABLE_and_the_same_completion_works_once_released()
    {
        var caller = NewCaller();
        using var app = fixture.Factory.CreateClientFor(caller);
        var completion = await ConsentFlow.ConsentAsync(app, SandboxDemoUsers.Pinner);
        var mark = fixture.Factory.Logs.Lines.Count;
        var exchanges = fixture.Factory.Counters.CountOf("oauth/token");

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            var refused = await ConsentFlow.CompleteAsync(app, completion);
            refused.At("data.completePinterestConnection.connection").ValueKind.ShouldBe(JsonValueKind.Null);
            var error = refused.At("data.completePinterestConnection.errors")[0];
            error.GetProperty("__typename").GetString().ShouldBe("ConnectFlowError");
            error.GetProperty("code").GetString().ShouldBe("STORAGE_UNAVAILABLE");
        }

        // Nothing was taken and no code was spent: the same completion finishes the connection.
        fixture.Factory.Counters.CountOf("oauth/token").ShouldBe(exchanges);
        var completed = await ConsentFlow.CompleteAsync(app, completion);
        completed.At("data.completePinterestConnection.connection.status").GetString().ShouldBe("CONNECTED");
        NoUnhandledSince(mark).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_completion_endpoint_under_the_lock_answers_503_with_Retry_After_and_the_same_completion_works_once_released()
    {
        var caller = NewCaller();
        using var app = fixture.Factory.CreateClientFor(caller);
        var completion = await ConsentFlow.ConsentAsync(app, SandboxDemoUsers.Pinner);
        var mark = fixture.Factory.Logs.Lines.Count;

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            using var refused = await app.PostAsJsonAsync(new Uri("/integrations/pinterest/complete", UriKind.Relative), new { completion });
            refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            refused.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(5));
            (await refused.ReadJsonAsync()).FirstErrorCode().ShouldBe("STORAGE_UNAVAILABLE");
        }

        using var completed = await app.PostAsJsonAsync(new Uri("/integrations/pinterest/complete", UriKind.Relative), new { completion });
        completed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await completed.ReadJsonAsync()).At("connection.status").GetString().ShouldBe("CONNECTED");
        NoUnhandledSince(mark).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_connection_that_cannot_be_saved_after_the_code_exchange_answers_STORAGE_UNAVAILABLE_and_a_new_connect_works()
    {
        var caller = NewCaller();
        using var app = fixture.Factory.CreateClientFor(caller);
        var completion = await ConsentFlow.ConsentAsync(app, SandboxDemoUsers.Pinner);
        var mark = fixture.Factory.Logs.Lines.Count;
        var faults = fixture.Factory.Services.GetRequiredService<ISandboxFaults>();
        var exchanges = fixture.Factory.Counters.CountOf("oauth/token");
        // A slow code exchange: the lock is taken after the completion was taken and before the connection is saved.
        faults.Apply(new SandboxFaultSettings { LatencyMs = 3000, OperationIds = ["oauth/token"] });
        JsonElement refused;
        try
        {
            var completing = ConsentFlow.CompleteAsync(app, completion);
            while (fixture.Factory.Counters.CountOf("oauth/token") == exchanges)
            {
                completing.IsCompleted.ShouldBeFalse("the completion ended before its code exchange reached the sandbox");
                await Task.Delay(20);
            }

            await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
            {
                refused = await completing;
            }
        }
        finally
        {
            faults.Clear();
        }

        var error = refused.At("data.completePinterestConnection.errors")[0];
        error.GetProperty("code").GetString().ShouldBe("STORAGE_UNAVAILABLE");
        error.GetProperty("message").GetString()!.ShouldContain("connect again");
        (await fixture.QueryAsync(caller, "{ pinterestConnection { status } }")).At("data.pinterestConnection.status").GetString().ShouldBe("NOT_CONNECTED");
        // The completion was taken (and its code spent): it cannot be replayed, a new consent connects.
        (await ConsentFlow.CompleteAsync(app, completion)).At("data.completePinterestConnection.errors")[0].GetProperty("code").GetString().ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        (await ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Pinner)).At("data.completePinterestConnection.connection.status").GetString().ShouldBe("CONNECTED");
        NoUnhandledSince(mark).ShouldBeEmpty();
        fixture.Factory.Logs.Lines.Skip(mark).ShouldNotContain(line => line.Contains("access_token", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_disconnect_under_the_lock_answers_STORAGE_UNAVAILABLE_and_changes_nothing()
    {
        var caller = NewCaller();
        using var app = fixture.Factory.CreateClientFor(caller);
        (await ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Pinner)).At("data.completePinterestConnection.connection.status").GetString().ShouldBe("CONNECTED");
        var mark = fixture.Factory.Logs.Lines.Count;

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            var refused = await fixture.QueryAsync(caller, Disconnect);
            refused.FirstErrorCode().ShouldBe("STORAGE_UNAVAILABLE");
            refused.At("errors")[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32().ShouldBe(5);
        }

        (await fixture.QueryAsync(caller, "{ pinterestConnection { status } }")).At("data.pinterestConnection.status").GetString().ShouldBe("CONNECTED");
        (await fixture.QueryAsync(caller, Disconnect)).At("data.disconnectPinterest.disconnected").GetBoolean().ShouldBeTrue();
        (await fixture.QueryAsync(caller, "{ pinterestConnection { status } }")).At("data.pinterestConnection.status").GetString().ShouldBe("NOT_CONNECTED");
        NoUnhandledSince(mark).ShouldBeEmpty();
        fixture.Factory.Logs.Lines.Skip(mark).ShouldContain(line => line.Contains("answered STORAGE_UNAVAILABLE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_keyed_create_under_the_lock_answers_STORAGE_UNAVAILABLE_at_once_and_sends_nothing_to_Pinterest()
    {
        var mark = fixture.Factory.Logs.Lines.Count;
        var creates = fixture.Factory.Counters.CountOf("pins/create");
        var input = new { boardId = "91000000000000003", title = "Locked", idempotencyKey = Guid.NewGuid().ToString(), mediaSource = new { imageUrl = new { url = "https://images.example/locked.jpg" } } };
        const string Create = "mutation($input: CreatePinInput!) { createPin(input: $input) { pin { id } errors { __typename ... on UserError { code } } } }";

        await using (await SqliteWriteLock.AcquireAsync(fixture.DatabaseFile))
        {
            // Before the fix the failed reservation insert was read as "another instance inserted the key": three
            // more busy timeouts, then a false IDEMPOTENCY_KEY_IN_PROGRESS.
            var refused = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Create, new { input });
            refused.At("data.createPin.errors")[0].GetProperty("code").GetString().ShouldBe("STORAGE_UNAVAILABLE");
        }

        fixture.Factory.Counters.CountOf("pins/create").ShouldBe(creates);
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Create, new { input });
        created.At("data.createPin.errors").GetArrayLength().ShouldBe(0, created.ToString());
        fixture.Factory.Counters.CountOf("pins/create").ShouldBe(creates + 1);
        NoUnhandledSince(mark).ShouldBeEmpty();
    }

    private static string NewCaller() => "faults-db-" + Guid.NewGuid().ToString("N");

    private List<string> NoUnhandledSince(int mark) =>
        [.. fixture.Factory.Logs.Lines.Skip(mark).Where(line => line.Contains("INTERNAL_ERROR", StringComparison.Ordinal) || (line.StartsWith("Error ", StringComparison.Ordinal) && line.Contains("Unhandled", StringComparison.Ordinal)))];
}
