using GraphApi.Pinterest.Sandbox;

namespace GraphApi.Tests.Faults;

/// <summary>Connections cut by the upstream: before any byte, or after a 200 and half a body.</summary>
[Collection(FaultSuiteTests.Name)]
public sealed class ConnectionResetTests(FaultSuiteFixture fixture)
{
    [Fact]
    public async Task A_connection_cut_before_the_answer_is_retried_as_transient_then_UPSTREAM_UNAVAILABLE()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { ResetRate = 1, ResetMode = SandboxResetMode.BeforeResponse, OperationIds = ["boards/list"] });

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard.Query);

        Dashboard.ShouldBePartial(body, "UPSTREAM_UNAVAILABLE").ShouldBe(["boards"]);
        fixture.Counters.CountOf("boards/list").ShouldBe(1 + FaultSuiteFixture.MaxRetries);
        await faults.ShouldRecoverAsync();
    }

    [Fact]
    public async Task A_connection_cut_mid_body_is_UPSTREAM_UNAVAILABLE_and_never_half_data()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { ResetRate = 1, ResetMode = SandboxResetMode.MidResponse, OperationIds = ["boards/list"] });

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard.Query);

        Dashboard.ShouldBePartial(body, "UPSTREAM_UNAVAILABLE").ShouldBe(["boards"]);
        fixture.Counters.CountOf("boards/list").ShouldBeInRange(1, 1 + FaultSuiteFixture.MaxRetries);
        await faults.ShouldRecoverAsync();
    }

    [Fact]
    public async Task A_third_of_connections_cut_on_every_list_still_answers_every_request()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { ResetRate = 0.3, OperationIds = Dashboard.Operations });

        var bodies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard.Query)));

        bodies.Select(body => Dashboard.ShouldBePartialOrTimedOut(body, "UPSTREAM_UNAVAILABLE")).ShouldContain(outcome => outcome != null);

        await faults.ShouldRecoverAsync();
    }
}
