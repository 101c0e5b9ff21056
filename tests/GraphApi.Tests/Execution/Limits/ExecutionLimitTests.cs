using System.Net;
using System.Text;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Limits;

/// <summary>The gateway on Kestrel with the sandbox, a low error cap and short timeouts, a demo user connected.</summary>
public sealed class ExecutionLimitsFixture : IAsyncLifetime
{
    public SandboxGatewayFactory Factory { get; } = new(
        ("Pinterest:MaxRetries", "0"),
        ("GraphQL:Limits:MaxErrors", "3"),
        ("GraphQL:Limits:ExecutionTimeout", "00:00:02"),
        ("GraphQL:Limits:RequestTimeout", "00:00:03"));

    public ISandboxCallCounters Counters => Factory.Counters;

    public ISandboxFaults Faults => Factory.Services.GetRequiredService<ISandboxFaults>();

    public async Task InitializeAsync()
    {
        _ = Factory.Address;
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(SandboxDemoUsers.Pinner, null, default);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ExecutionLimitTests(ExecutionLimitsFixture fixture) : IClassFixture<ExecutionLimitsFixture>
{
    [Fact]
    public async Task Past_the_error_cap_no_further_field_runs_and_no_upstream_call_is_made()
    {
        // Four ids that are not global ids fail at once, in the first wave; `me` is a pending load completed after it.
        const string query = "{ a: node(id: \"x1\") { id } b: node(id: \"x2\") { id } c: node(id: \"x3\") { id } d: node(id: \"x4\") { id } me { username } }";
        fixture.Counters.Reset();

        var body = await QueryAsync(query);

        var errors = body.GetProperty("errors");
        errors.GetArrayLength().ShouldBe(4);
        errors[3].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("TOO_MANY_ERRORS");
        body.GetProperty("data").GetProperty("me").ValueKind.ShouldBe(JsonValueKind.Null);
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task At_the_error_cap_the_rest_still_runs()
    {
        const string query = "{ a: node(id: \"x1\") { id } b: node(id: \"x2\") { id } c: node(id: \"x3\") { id } me { username } }";
        fixture.Counters.Reset();

        var body = await QueryAsync(query);

        body.GetProperty("errors").GetArrayLength().ShouldBe(3);
        body.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldNotBeNullOrEmpty();
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(1);
    }

    [Fact]
    public async Task A_slow_execution_is_stopped_with_timeout()
    {
        fixture.Faults.Apply(new SandboxFaultSettings { LatencyMs = 15_000, OperationIds = ["user_account/get"] });
        try
        {
            using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);

            using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ me { username } }"));

            // Had the 15 s call been awaited, the answer would be 200 with data: the 504 and its code are the proof, no stopwatch needed.
            response.StatusCode.ShouldBe(HttpStatusCode.GatewayTimeout);
            var body = await response.ReadJsonAsync();
            body.FirstErrorCode().ShouldBe("TIMEOUT");
            body.TryGetProperty("data", out _).ShouldBeFalse();
        }
        finally
        {
            fixture.Faults.Clear();
        }
    }

    [Fact]
    public async Task A_batch_longer_than_the_request_timeout_is_stopped_with_request_timeout()
    {
        // Each operation stays under the execution timeout (2 s); together they pass the request timeout (3 s).
        fixture.Faults.Apply(new SandboxFaultSettings { LatencyMs = 1_500, OperationIds = ["boards/get"] });
        try
        {
            using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);
            var batch = JsonSerializer.Serialize(Enumerable.Range(1, 4).Select(i => new { query = $"{{ board(id: \"90000000000000000{i}\") {{ name }} }}" }));

            using var response = await client.SendAsync(GraphQLHttp.Post(batch));

            // Without the request timeout all four operations would answer 200: the 504 REQUEST_TIMEOUT is the proof.
            response.StatusCode.ShouldBe(HttpStatusCode.GatewayTimeout);
            (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("REQUEST_TIMEOUT");
        }
        finally
        {
            fixture.Faults.Clear();
        }
    }

    [Fact]
    public async Task A_body_that_stalls_is_answered_408_when_the_request_timeout_runs_out()
    {
        // A raw socket: an HTTP client would sit in its own body write instead of reading the early answer.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(fixture.Factory.Address.Host, fixture.Factory.Address.Port);
        await using var stream = tcp.GetStream();
        var head = "POST /graphql HTTP/1.1\r\n" +
                   $"Host: {fixture.Factory.Address.Authority}\r\n" +
                   $"Authorization: Bearer {TestTokens.Create(SandboxDemoUsers.Pinner)}\r\n" +
                   "Content-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n" +
                   "{\"query\":\"{ __typ";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        // Only against a hang: the client never sends the rest of the body, so any answer at all comes from the server's timeout.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync(timeout.Token);

        answer.ShouldStartWith("HTTP/1.1 408");
        answer.ShouldContain("\"code\":\"REQUEST_TIMEOUT\"");
    }

    private async Task<JsonElement> QueryAsync(string query)
    {
        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        return await response.ReadJsonAsync();
    }
}
