using GraphApi.Pinterest.Sandbox;

namespace GraphApi.Tests.Faults;

/// <summary>5xx answers on reads: partial data, UPSTREAM_UNAVAILABLE on exactly the failed fields, retries bounded by the policy.</summary>
[Collection(FaultSuiteTests.Name)]
public sealed class ServerErrorTests(FaultSuiteFixture fixture)
{
    [Fact]
    public async Task A_fifth_of_reads_failing_leaves_partial_data_and_at_most_the_policys_retries()
    {
        const long Queries = 8;
        await using var faults = fixture.Begin(new SandboxFaultSettings { ErrorRate = 0.2, OperationIds = Dashboard.Operations });

        for (var i = 0L; i < Queries; i++)
        {
            Dashboard.ShouldBePartial(await fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard.Query), "UPSTREAM_UNAVAILABLE");
        }

        // Without faults each query makes exactly one call per list (one user_account/get); with them, a failed read
        // is repeated at most MaxRetries times, and with 56 rolls at 20 % some certainly were (0.8^56 < 1e-5).
        var counts = fixture.Counters.Snapshot();
        counts.GetValueOrDefault("user_account/get").ShouldBe(Queries);
        foreach (var operation in Dashboard.Operations)
        {
            counts.GetValueOrDefault(operation).ShouldBeInRange(Queries, Queries * (1 + FaultSuiteFixture.MaxRetries), operation);
        }

        Dashboard.Operations.Sum(counts.GetValueOrDefault).ShouldBeGreaterThan(Queries * Dashboard.Operations.Count);
        await faults.ShouldRecoverAsync();
    }

    [Fact]
    public async Task A_list_that_always_fails_is_tried_exactly_one_plus_max_retries_times_and_only_it_is_null()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { ErrorRate = 1, ErrorStatusCode = 502, OperationIds = ["boards/list", "followers/list"] });

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard.Query);

        Dashboard.ShouldBePartial(body, "UPSTREAM_UNAVAILABLE").Order().ShouldBe(["boards", "followers"]);
        fixture.Counters.CountOf("boards/list").ShouldBe(1 + FaultSuiteFixture.MaxRetries);
        fixture.Counters.CountOf("followers/list").ShouldBe(1 + FaultSuiteFixture.MaxRetries);
        fixture.Counters.CountOf("pins/list").ShouldBe(1);
        await faults.ShouldRecoverAsync();
    }

    [Fact]
    public async Task A_cut_off_json_body_is_UPSTREAM_UNAVAILABLE_and_not_retried()
    {
        await using var faults = fixture.Begin(new SandboxFaultSettings { MalformedJsonRate = 1, OperationIds = ["boards/list"] });

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard.Query);

        Dashboard.ShouldBePartial(body, "UPSTREAM_UNAVAILABLE").ShouldBe(["boards"]);
        // A 200 with a broken body is not transient: repeating it would only repeat the answer.
        fixture.Counters.CountOf("boards/list").ShouldBe(1);
        await faults.ShouldRecoverAsync();
    }
}
