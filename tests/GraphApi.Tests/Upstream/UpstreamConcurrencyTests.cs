using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Http.RateLimiting;

namespace GraphApi.Tests.Upstream;

/// <summary>
/// The per-request cap on concurrent Pinterest calls (3 in this fixture), measured on the wire with the sandbox's
/// latency fault holding each call long enough for the calls of one document to overlap.
/// </summary>
[Collection(UpstreamConcurrencySandboxTests.Name)]
public sealed class UpstreamConcurrencyTests(UpstreamConcurrencyFixture fixture) : IDisposable
{
    public void Dispose() => fixture.Faults.Clear();

    [Fact]
    public async Task A_document_that_fans_out_never_has_more_than_the_cap_in_flight()
    {
        // Two aliases × 5 boards: 10 board-pin lists that would all start together.
        const string query = """
            { me {
                a: boards(first: 5) { nodes { id pins(first: 2) { nodes { id } } } }
                b: boards(first: 4) { nodes { id pins(first: 3) { nodes { id } } } }
            } }
            """;
        fixture.Faults.Apply(new SandboxFaultSettings { LatencyMs = 150 });
        fixture.Counters.Reset();
        fixture.Recorder.Reset();
        using var client = fixture.ClientFor(SandboxDemoUsers.Pinner);

        var (response, body) = await RateLimitSandboxFixture.SendAsync(client, query);
        response.Dispose();

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(9);
        fixture.Recorder.Peak.ShouldBe(RateLimitSandboxFixture.CallsPerRequest);
    }

    [Fact]
    public async Task Twenty_aliased_board_lists_fan_out_to_dozens_of_calls_and_still_only_the_cap_at_once()
    {
        var aliases = Enumerable.Range(0, 20).Select(i => $"l{i}: boards(first: {1 + (i % 5)}) {{ nodes {{ id pins(first: {1 + i}) {{ nodes {{ id }} }} }} }}");
        var query = "{ me { " + string.Join(' ', aliases) + " } }";
        fixture.Faults.Apply(new SandboxFaultSettings { LatencyMs = 20 });
        fixture.Counters.Reset();
        fixture.Recorder.Reset();
        using var client = fixture.ClientFor(SandboxDemoUsers.Curator);

        var (response, body) = await RateLimitSandboxFixture.SendAsync(client, query);
        response.Dispose();

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var calls = fixture.Counters.Snapshot().Values.Sum();
        calls.ShouldBeGreaterThan(40);
        fixture.Recorder.Total.ShouldBe((int)calls);
        fixture.Recorder.Peak.ShouldBe(RateLimitSandboxFixture.CallsPerRequest);
    }

    [Fact]
    public async Task The_cap_is_per_request_so_concurrent_requests_each_get_their_own()
    {
        const string query = "{ me { boards(first: 5) { nodes { id pins(first: 2) { nodes { id } } } } } }";
        fixture.Faults.Apply(new SandboxFaultSettings { LatencyMs = 200 });
        fixture.Recorder.Reset();

        var bodies = await Task.WhenAll(new[] { SandboxDemoUsers.Pinner, SandboxDemoUsers.Curator }.Select(async user =>
        {
            using var client = fixture.ClientFor(user);
            var (response, body) = await RateLimitSandboxFixture.SendAsync(client, query);
            response.Dispose();
            return body;
        }));

        bodies.Count(b => b.TryGetProperty("errors", out _)).ShouldBe(0);
        fixture.Recorder.Peak.ShouldBeGreaterThan(RateLimitSandboxFixture.CallsPerRequest);
        fixture.Recorder.Peak.ShouldBeLessThanOrEqualTo(2 * RateLimitSandboxFixture.CallsPerRequest);
    }

    [Fact]
    public async Task Parallel_401s_refresh_once_and_retry_without_deadlocking_on_the_cap()
    {
        // Four boards through one loader batch start together; every call is rejected (401) and waits for the single
        // refresh, which itself needs a permit on the same client: with the permit held across the retry this deadlocks.
        const string query = """
            { a: board(id: "91000000000000001") { name } b: board(id: "91000000000000002") { name }
              c: board(id: "91000000000000003") { name } d: board(id: "91000000000000004") { name } }
            """;
        await fixture.ReplaceAccessTokenAsync(SandboxDemoUsers.Pinner, "revoked-or-unknown-token");
        fixture.Faults.Apply(new SandboxFaultSettings { LatencyMs = 150 });
        fixture.Counters.Reset();
        fixture.Recorder.Reset();
        using var client = fixture.ClientFor(SandboxDemoUsers.Pinner);

        // A deadlock never answers (the await below would hang, not fail a bound after it); an answer with every board is the proof.
        var (response, body) = await RateLimitSandboxFixture.SendAsync(client, query);
        response.Dispose();

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.GetProperty("data").GetProperty("d").GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
        fixture.Counters.CountOf("oauth/token").ShouldBe(1);
        fixture.Counters.CountOf("boards/get").ShouldBeGreaterThanOrEqualTo(5);
        fixture.Recorder.Peak.ShouldBeLessThanOrEqualTo(RateLimitSandboxFixture.CallsPerRequest);
    }
}
