using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Execution.Errors;

/// <summary>Pinterest failures reach the client as stable codes, produced by the sandbox's real answers and fault switches.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class ErrorSeamTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task A_board_pinterest_does_not_have_is_NOT_FOUND_with_the_field_null()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """{ board(id: "1234") { name } }""");

        body.FirstErrorCode().ShouldBe("NOT_FOUND");
        body.At("data.board").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        body.GetProperty("errors")[0].GetProperty("path")[0].GetString().ShouldBe("board");
    }

    [Fact]
    public async Task Someone_elses_secret_board_is_not_permitted_or_not_found()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """{ board(id: "91000000000000009") { name } }""");

        body.FirstErrorCode().ShouldBeOneOf("PINTEREST_NOT_PERMITTED", "NOT_FOUND");
    }

    [Fact]
    public async Task A_caller_without_a_connection_is_told_to_run_connectPinterest()
    {
        var body = await fixture.QueryAsync("nobody-connected", "{ me { username } }");

        body.FirstErrorCode().ShouldBe("PINTEREST_NOT_CONNECTED");
        body.FirstErrorMessage().ShouldContain("connectPinterest");
    }

    [Fact]
    public async Task A_denied_nodes_field_is_non_null_by_contract_so_the_denial_nulls_data()
    {
        var body = await fixture.QueryAsync("nobody-connected", """{ nodes(ids: ["x"]) { id } }""");

        body.FirstErrorCode().ShouldBe("PINTEREST_NOT_CONNECTED");
        body.GetProperty("data").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_429_is_RATE_LIMITED_with_retry_after_seconds()
    {
        fixture.Faults.Apply(new SandboxFaultSettings { RateLimit = 0, RateLimitWindowSeconds = 120, OperationIds = ["boards/get"] });
        try
        {
            var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, """{ board(id: "91000000000000010") { name } }""");

            body.FirstErrorCode().ShouldBe("RATE_LIMITED");
            body.GetProperty("errors")[0].At("extensions.retryAfter").GetInt32().ShouldBeInRange(1, 120);
        }
        finally
        {
            fixture.Faults.Clear();
        }
    }

    [Fact]
    public async Task A_5xx_is_UPSTREAM_UNAVAILABLE_and_the_rest_of_the_query_still_answers()
    {
        fixture.Faults.Apply(new SandboxFaultSettings { ErrorRate = 1, ErrorStatusCode = 503, OperationIds = ["boards/get"] });
        try
        {
            var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, """{ me { username } board(id: "91000000000000010") { name } }""");

            body.FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");
            body.At("data.me.username").GetString().ShouldBe("demo.curator");
        }
        finally
        {
            fixture.Faults.Clear();
        }
    }
}
