using System.Text.Json;

namespace GraphApi.Bench.Tests;

/// <summary>
/// The harness is fair and alive: the gateway (live mode, connected caller) and the hand-written baseline answer the
/// scenario documents with the same bytes, from the same upstream, and the call log sees the calls each one makes.
/// </summary>
[Collection(BenchHarnessDefinition.Name)]
public sealed class FairnessTests(BenchHarness harness)
{
    /// <summary>
    /// Enough upstream latency that calls sent together overlap, so waves are measurable: 50 ms read a 4th wave once with
    /// the two cores at load 70 (one of 25 concurrent calls started 50 ms after a sibling), 200 ms leaves room for that.
    /// </summary>
    private const int WaveLatencyMs = 200;

    [Fact]
    public async Task Gateway_and_baseline_answer_user_boards_pins_with_the_same_bytes()
    {
        var gateway = await harness.QueryGatewayAsync(BenchHarness.Document("user-boards-pins.graphql"));
        var baseline = await PostBaselineAsync("/user-boards-pins");

        gateway.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var data = gateway.GetProperty("data");
        data.GetProperty("me").GetProperty("boards").GetProperty("edges").GetArrayLength().ShouldBe(25);
        data.GetProperty("board").GetProperty("pins").GetProperty("edges").GetArrayLength().ShouldBe(25);
        data.GetProperty("board").GetProperty("pins").GetProperty("edges")[0].GetProperty("node").GetProperty("image").GetProperty("width").GetInt32().ShouldBe(400);
        baseline.ShouldBe(gateway.GetRawText());
    }

    [Fact]
    public async Task Gateway_and_baseline_answer_the_dashboard_with_the_same_bytes()
    {
        var gateway = await harness.QueryGatewayAsync(BenchHarness.Document("dashboard.graphql"));
        var baseline = await PostBaselineAsync("/dashboard");

        gateway.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var boards = gateway.GetProperty("data").GetProperty("me").GetProperty("boards").GetProperty("nodes");
        boards.GetArrayLength().ShouldBe(25);
        var pins = boards.EnumerateArray().SelectMany(b => b.GetProperty("pins").GetProperty("nodes").EnumerateArray()).ToList();
        pins.Count.ShouldBe(250);
        pins.ShouldAllBe(p => p.GetProperty("analytics").GetProperty("summary").GetArrayLength() == 4);
        baseline.ShouldBe(gateway.GetRawText());
    }

    [Fact]
    public async Task The_baseline_makes_the_three_calls_of_user_boards_pins_in_one_wave()
    {
        await harness.ResetCallsAsync(WaveLatencyMs);

        await PostBaselineAsync("/user-boards-pins");

        var calls = await harness.ReadCallsAsync();
        calls.GetProperty("calls").GetInt32().ShouldBe(3);
        calls.GetProperty("waves").GetInt32().ShouldBe(1);
        Operations(calls).ShouldBe(new Dictionary<string, int>
        {
            ["GET /v5/user_account"] = 1,
            ["GET /v5/boards"] = 1,
            ["GET /v5/boards/{board_id}/pins"] = 1,
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task The_gateway_makes_the_baselines_three_calls_in_one_wave_for_user_boards_pins()
    {
        // board(id) { pins } is a handle: the board itself is not fetched, and nothing waits for user_account.
        // Warm first: on a cold process under a loaded test run, JIT between two calls of one wave can outlast the latency.
        await harness.QueryGatewayAsync(BenchHarness.Document("user-boards-pins.graphql"));
        await harness.ResetCallsAsync(WaveLatencyMs);

        await harness.QueryGatewayAsync(BenchHarness.Document("user-boards-pins.graphql"));

        var calls = await harness.ReadCallsAsync();
        var operations = Operations(calls);
        operations.GetValueOrDefault("GET /v5/user_account").ShouldBe(1);
        operations.GetValueOrDefault("GET /v5/boards").ShouldBe(1);
        operations.GetValueOrDefault("GET /v5/boards/{board_id}/pins").ShouldBe(1);
        calls.GetProperty("calls").GetInt32().ShouldBe(3, string.Join(", ", operations));
        calls.GetProperty("waves").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_baseline_dashboard_makes_thirty_calls_in_three_waves_and_the_gateway_the_same_calls()
    {
        await harness.ResetCallsAsync(WaveLatencyMs);
        await PostBaselineAsync("/dashboard");
        var baseline = await harness.ReadCallsAsync();

        await harness.QueryGatewayAsync(BenchHarness.Document("dashboard.graphql")); // warm, as above
        await harness.ResetCallsAsync(WaveLatencyMs);
        await harness.QueryGatewayAsync(BenchHarness.Document("dashboard.graphql"));
        var gateway = await harness.ReadCallsAsync();

        baseline.GetProperty("calls").GetInt32().ShouldBe(30);
        baseline.GetProperty("waves").GetInt32().ShouldBe(3);
        Operations(baseline).ShouldBe(new Dictionary<string, int>
        {
            ["GET /v5/user_account"] = 1,
            ["GET /v5/boards"] = 1,
            ["GET /v5/boards/{board_id}/pins"] = 25,
            ["GET /v5/pins/analytics"] = 3,
        }, ignoreOrder: true);
        Operations(gateway).ShouldBe(Operations(baseline), ignoreOrder: true);
        gateway.GetProperty("waves").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Create_pin_costs_one_write_and_typename_no_call()
    {
        var variables = JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "create-pin.variables.json")));
        await harness.ResetCallsAsync();

        var created = await harness.QueryGatewayAsync(BenchHarness.Document("create-pin.graphql"), variables);
        var afterCreate = await harness.ReadCallsAsync();
        await harness.ResetCallsAsync();
        var typename = await harness.QueryGatewayAsync(BenchHarness.Document("typename.graphql"));
        var afterTypename = await harness.ReadCallsAsync();

        var payload = created.GetProperty("data").GetProperty("createPin");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, created.ToString());
        payload.GetProperty("pin").GetProperty("title").GetString().ShouldBe("A new pin");
        Operations(afterCreate).ShouldBe(new Dictionary<string, int> { ["POST /v5/pins"] = 1 }, ignoreOrder: true);
        typename.GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
        afterTypename.GetProperty("calls").GetInt32().ShouldBe(0);
    }

    private async Task<string> PostBaselineAsync(string path)
    {
        using var response = await harness.Baseline.PostAsync(new Uri(path, UriKind.Relative), new StringContent("{}"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static Dictionary<string, int> Operations(JsonElement calls) =>
        calls.GetProperty("byOperation").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
}
