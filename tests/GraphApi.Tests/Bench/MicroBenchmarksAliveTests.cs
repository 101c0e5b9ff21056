using System.Text.Json;
using GraphApi.Bench.Micro;
using GraphApi.Execution.Budget;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
namespace GraphApi.Tests.Bench;

/// <summary>
/// Each micro-benchmark (bench/Micro) called once, directly, with its answer checked: a benchmark that silently
/// measured an error, a refusal or an empty page would report fast, wrong numbers.
/// </summary>
public sealed class MicroBenchmarksAliveTests
{
    [Theory]
    [InlineData(BenchDocuments.Typename)]
    [InlineData(BenchDocuments.UserBoardsPins)]
    [InlineData(BenchDocuments.Dashboard)]
    public async Task Parse_and_validate_accept_each_document_with_the_hosts_rules(string document)
    {
        await using var benchmark = new ParseValidateBenchmarks { Document = document };
        await benchmark.SetupAsync();

        benchmark.Parse().ShouldNotBeNull();
        var result = await benchmark.ParseAndValidate();

        result.Errors.ShouldBeNull();
        var rules = benchmark.Validation.LastRules.Select(r => r.GetType()).ToList();
        rules.Count.ShouldBeGreaterThan(20, "GraphQL.NET's standard rules");
        rules.ShouldContain(typeof(ScopeAnalysisRule));
        // The order the host registers them in: the budget charges what the cost analysis estimated.
        rules.IndexOf(typeof(CostAnalysisRule)).ShouldBeGreaterThan(rules.IndexOf(typeof(ScopeAnalysisRule)));
        rules.IndexOf(typeof(UpstreamBudgetRule)).ShouldBeGreaterThan(rules.IndexOf(typeof(CostAnalysisRule)));
    }

    [Fact]
    public async Task Parse_and_validate_refuse_what_the_gateway_refuses_so_the_rules_really_run()
    {
        await using var benchmark = new ParseValidateBenchmarks { Document = BenchDocuments.UserBoardsPins };
        await benchmark.SetupAsync();

        benchmark.Use("{ me { noSuchField } }");
        (await benchmark.ParseAndValidate()).Errors.ShouldHaveSingleItem().Code.ShouldBe("FIELDS_ON_CORRECT_TYPE");

        benchmark.Use("{ me { boards(first: 250) { nodes { pins(first: 250) { nodes { id } } } } } }");
        (await benchmark.ParseAndValidate()).Errors.ShouldHaveSingleItem().Code.ShouldBe("COST_LIMIT_EXCEEDED");
        await Should.ThrowAsync<InvalidOperationException>(benchmark.CleanupAsync);
    }

    [Fact]
    public async Task The_connection_read_finds_the_callers_connection()
    {
        await using var benchmark = new AccountLinkReadBenchmarks();
        await benchmark.SetupAsync();

        (await benchmark.ReadAccountLink()).ShouldBeTrue();
    }

    [Theory]
    [InlineData(nameof(ExecuteBenchmarks.ExecuteAndSerialize))]
    [InlineData(nameof(ExecuteBenchmarks.Endpoint))]
    public async Task Execute_answers_the_account_25_boards_and_25_pins_from_the_in_memory_upstream(string method)
    {
        await using var benchmark = new ExecuteBenchmarks();
        await benchmark.SetupAsync();
        benchmark.Host.Upstream.ResetCalls();

        var length = method == nameof(ExecuteBenchmarks.Endpoint) ? await benchmark.Endpoint() : await benchmark.ExecuteAndSerialize();

        benchmark.LastStatus.ShouldBe(200);
        length.ShouldBe(benchmark.LastResponse.Length);
        using var json = JsonDocument.Parse(benchmark.LastResponse);
        var body = json.RootElement;
        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var me = body.GetProperty("data").GetProperty("me");
        me.GetProperty("username").GetString().ShouldBe("bench.pinner");
        me.GetProperty("boards").GetProperty("edges").GetArrayLength().ShouldBe(InMemoryPinterest.PageSize);
        var pins = body.GetProperty("data").GetProperty("board").GetProperty("pins").GetProperty("edges");
        pins.GetArrayLength().ShouldBe(InMemoryPinterest.PageSize);
        pins[0].GetProperty("node").GetProperty("image").GetProperty("url").GetString().ShouldNotBeNullOrEmpty("the client deserialized the image media");
        // The three calls the document needs, each once, and nothing else: board(id) { pins } is a handle (no boards/get).
        var calls = benchmark.Host.Upstream.Calls;
        calls.GetValueOrDefault("user_account/get").ShouldBe(1);
        calls.GetValueOrDefault("boards/list").ShouldBe(1);
        calls.GetValueOrDefault("boards/list_pins").ShouldBe(1);
        calls.Count.ShouldBe(3, string.Join(", ", calls.Keys));
    }

    [Fact]
    public async Task The_clean_up_fails_a_run_whose_last_answer_was_an_error()
    {
        await using var benchmark = new ExecuteBenchmarks();
        await benchmark.SetupAsync();
        // A caller with no connection: the Pinterest fields fail (filter mode, so 200 with errors), as they would in a
        // mis-set-up benchmark.
        benchmark.UseCaller(MicroHost.CreateCallerWithoutConnection());

        await benchmark.Endpoint();

        await Should.ThrowAsync<InvalidOperationException>(benchmark.CleanupAsync);
    }
}
