using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Faults;

/// <summary>
/// Slow upstreams: a spike inside the attempt timeout is invisible; one beyond it, or a stall, ends in the client's
/// timeouts (UPSTREAM_UNAVAILABLE, HTTP 200 with partial data) well before the execution timeout (TIMEOUT, HTTP 504).
/// The fixture's clocks (attempt 1 s, call 3 s &lt; execution 6 s) make which one fired visible in the code alone.
/// </summary>
[Collection(FaultSuiteTests.Name)]
public sealed class LatencyAndStallTests(FaultSuiteFixture fixture)
{
    [Fact]
    public async Task A_spike_within_the_attempt_timeout_costs_nothing_but_time()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { SpikeRate = 1, SpikeMs = 150, OperationIds = ["boards/list", "pins/list"] });

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard.Query);

        body.ShouldHaveNoErrors();
        fixture.Counters.CountOf("boards/list").ShouldBe(1);
        await faults.ShouldRecoverAsync();
    }

    [Fact]
    public async Task Random_long_spikes_end_as_data_or_UPSTREAM_UNAVAILABLE_never_past_the_execution_timeout()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { SpikeRate = 0.5, SpikeMs = 30_000, OperationIds = ["boards/list", "followers/list"] });

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.SendAsync(SandboxDemoUsers.Pinner, Dashboard.Query)));

        foreach (var (status, body) in answers)
        {
            // The client's timeouts (3 s) fire before the execution timeout (6 s), so a spike is a field error; only a
            // machine too loaded to run four dashboards in 6 s ends one with TIMEOUT (504) — never later than that.
            status.ShouldBe(Dashboard.ShouldBePartialOrTimedOut(body, "UPSTREAM_UNAVAILABLE") is null ? 504 : 200, body.ToString());
        }

        // The client's timeouts must be what ends a spike: if they stopped firing, every answer would be the 504.
        answers.ShouldContain(answer => answer.Status == 200);
        fixture.Counters.CountOf("boards/list").ShouldBeInRange(4, 4 * (1 + FaultSuiteFixture.MaxRetries));
        await faults.ShouldRecoverAsync();
    }

    [Fact]
    public async Task A_stalled_upstream_ends_with_UPSTREAM_UNAVAILABLE_from_the_client_timeout_not_the_execution_timeout()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { StallRate = 1, StallMs = 0, OperationIds = ["user_account/get"] });

        var (status, body) = await fixture.SendAsync(SandboxDemoUsers.Pinner, "{ me { username } }");

        status.ShouldBe(200, body.ToString());
        body.FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");
        body.At("data.me").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        // Each 1 s attempt timed out and was retried while the 3 s budget lasted: bounded by the policy.
        fixture.Counters.CountOf("user_account/get").ShouldBeInRange(2, 1 + FaultSuiteFixture.MaxRetries);
        await faults.ShouldRecoverAsync();
    }
}
