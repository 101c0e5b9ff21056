using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.DataLoading.Waves;

/// <summary>
/// The wave rule: a field whose call needs only what is known before its parent's answer starts in the first
/// wave, and a handle with nothing but its key selected costs no call. Calls are counted by the sandbox and by the
/// recorder (which also gives the waves); the cost estimate (GraphApi-Cost) must equal the calls made.
/// </summary>
[Collection(UpstreamWaveTestGroup.Name)]
public sealed class UpstreamWaveTests(WaveFixture fixture)
{
    private const string Board = "91000000000000001";
    private const string Pin = "93000000000000001";
    private const string MissingBoard = "98000000000000042";

    internal const string UserBoardsPins = $$"""
        {
          me { id username boards(first: 25) { nodes { id name } } }
          board(id: "{{Board}}") { pins(first: 25) { nodes { id title } } }
        }
        """;

    [Fact]
    public async Task User_boards_pins_is_three_calls_in_one_wave()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, UserBoardsPins);

        body.ShouldHaveNoErrors();
        body.At("data.me.username").GetString().ShouldBe("demo.pinner");
        body.At("data.board.pins.nodes").GetArrayLength().ShouldBeGreaterThan(0);
        ShouldCost(body, calls: 3, waves: 1);
        var counts = fixture.Counters.Snapshot();
        counts.GetValueOrDefault("user_account/get").ShouldBe(1);
        counts.GetValueOrDefault("boards/list").ShouldBe(1);
        counts.GetValueOrDefault("boards/list_pins").ShouldBe(1);
        counts.GetValueOrDefault("boards/get").ShouldBe(0);
    }

    [Fact]
    public async Task The_dashboard_is_thirty_calls_in_three_waves()
    {
        await fixture.EnsurePinnerHas25BoardsOf10PinsAsync();

        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, DashboardCallCountTests.Dashboard);

        body.ShouldHaveNoErrors();
        body.At("data.me.boards.nodes").GetArrayLength().ShouldBe(25);
        ShouldCost(body, calls: 30, waves: 3);
        var waves = fixture.Recorder.Waves();
        waves.Where(w => w.Wave == 1).Count().ShouldBe(2, fixture.Recorder.Describe());
        waves.Where(w => w.Wave == 2).Count().ShouldBe(25, fixture.Recorder.Describe());
        waves.Where(w => w.Wave == 3).Count().ShouldBe(3, fixture.Recorder.Describe());
    }

    [Fact]
    public async Task A_handle_with_only_its_id_costs_no_call()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{Board}}") { id pinterestId } pin(id: "{{Pin}}") { id } }""");

        body.ShouldHaveNoErrors();
        body.At("data.board.id").GetString().ShouldBe(GlobalIds.Of("Board", Board));
        body.At("data.board.pinterestId").GetString().ShouldBe(Board);
        body.At("data.pin.id").GetString().ShouldBe(GlobalIds.Of("Pin", Pin));
        ShouldCost(body, calls: 0, waves: 0);
    }

    [Fact]
    public async Task A_board_and_its_pins_start_together()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{Board}}") { name pins(first: 5) { nodes { id } } } }""");

        body.ShouldHaveNoErrors();
        body.At("data.board.name").GetString().ShouldBe("Weeknight Dinners");
        ShouldCost(body, calls: 2, waves: 1);
        fixture.Counters.CountOf("boards/get").ShouldBe(1);
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(1);
    }

    [Fact]
    public async Task The_account_and_the_board_list_start_together()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, "{ me { username boards(first: 5) { nodes { name } } } }");

        body.ShouldHaveNoErrors();
        ShouldCost(body, calls: 2, waves: 1);
    }

    [Fact]
    public async Task A_missing_board_with_only_its_pins_selected_is_not_found_at_the_board()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{MissingBoard}}") { id pins(first: 5) { nodes { id } } } }""");

        body.At("data.board").ValueKind.ShouldBe(JsonValueKind.Null);
        var errors = body.GetProperty("errors");
        errors.GetArrayLength().ShouldBe(1, errors.ToString());
        errors[0].At("extensions.code").GetString().ShouldBe("NOT_FOUND");
        errors[0].GetProperty("path").EnumerateArray().Select(p => p.ToString()).ShouldBe(["board"]);
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(1);
        fixture.Counters.CountOf("boards/get").ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_board_with_data_and_pins_selected_reports_one_not_found_at_the_board()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner,
            $$"""{ ok: board(id: "{{Board}}") { name } board(id: "{{MissingBoard}}") { name description pinCount pins(first: 5) { nodes { id } } } }""");

        body.At("data.board").ValueKind.ShouldBe(JsonValueKind.Null);
        body.At("data.ok.name").GetString().ShouldBe("Weeknight Dinners");
        var errors = body.GetProperty("errors");
        errors.GetArrayLength().ShouldBe(1, errors.ToString());
        errors[0].At("extensions.code").GetString().ShouldBe("NOT_FOUND");
        errors[0].GetProperty("path").EnumerateArray().Select(p => p.ToString()).ShouldBe(["board"]);
        ShouldCost(body, calls: 3, waves: 1);
    }

    [Fact]
    public async Task A_missing_pin_behind_a_node_id_is_not_found_at_the_node()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner,
            $$"""{ node(id: "{{GlobalIds.Of("Pin", "93000000000000999")}}") { id ... on Pin { title } } }""");

        body.At("data.node").ValueKind.ShouldBe(JsonValueKind.Null);
        body.FirstErrorCode().ShouldBe("NOT_FOUND");
        body.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.ToString()).ShouldBe(["node"]);
        fixture.Counters.CountOf("pins/get").ShouldBe(1);
    }

    [Fact]
    public async Task A_node_id_is_a_handle_too()
    {
        var globalId = GlobalIds.Of("Board", Board);
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner,
            $$"""{ handle: node(id: "{{globalId}}") { id } pins: node(id: "{{globalId}}") { ... on Board { pins(first: 3) { nodes { id } } } } }""");

        body.ShouldHaveNoErrors();
        body.At("data.handle.id").GetString().ShouldBe(globalId);
        body.At("data.pins.pins.nodes").GetArrayLength().ShouldBe(3);
        ShouldCost(body, calls: 1, waves: 1);
        fixture.Counters.CountOf("boards/get").ShouldBe(0);
    }

    [Fact]
    public async Task A_user_node_still_loads_the_account_to_check_it_is_the_callers()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, $$"""{ node(id: "{{GlobalIds.Of("User", "someone.else")}}") { id } }""");

        body.At("data.node").ValueKind.ShouldBe(JsonValueKind.Null);
        ShouldCost(body, calls: 1, waves: 1);
        fixture.Counters.CountOf("user_account/get").ShouldBe(1);
    }

    [Fact]
    public async Task A_mutation_payloads_nested_board_is_a_handle()
    {
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, """
            mutation($input: CreatePinInput!) {
              createPin(input: $input) { pin { id title board { id pins(first: 1) { nodes { id } } } } errors { __typename } }
            }
            """, new
        {
            input = new { boardId = GlobalIds.Of("Board", Board), title = "Wave pin", mediaSource = new { imageUrl = new { url = "https://images.example/wave.jpg" } } },
        });

        body.ShouldHaveNoErrors();
        body.At("data.createPin.errors").GetArrayLength().ShouldBe(0);
        body.At("data.createPin.pin.board.id").GetString().ShouldBe(GlobalIds.Of("Board", Board));
        body.At("data.createPin.pin.board.pins.nodes").GetArrayLength().ShouldBe(1);
        fixture.Counters.CountOf("pins/create").ShouldBe(1);
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(1);
        fixture.Counters.CountOf("boards/get").ShouldBe(0);
        ShouldCost(body, calls: 2, waves: 2);
    }

    [Fact]
    public async Task Fifty_aliases_of_one_handle_cost_one_call_per_distinct_key()
    {
        var named = string.Concat(Enumerable.Range(0, 50).Select(i => $$"""b{{i}}: board(id: "{{(i % 2 == 0 ? Board : GlobalIds.Of("Board", Board))}}") { name } """));
        var idOnly = string.Concat(Enumerable.Range(0, 50).Select(i => $$"""h{{i}}: board(id: "{{91000000000000100L + i}}") { id } """));

        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, "{ " + named + idOnly + "}");

        body.ShouldHaveNoErrors();
        ShouldCost(body, calls: 1, waves: 1);
        fixture.Counters.CountOf("boards/get").ShouldBe(1);
    }

    [Fact]
    public async Task A_field_denied_by_the_scope_guard_neither_loads_nor_calls()
    {
        // Filter mode: `pins` needs pins:read, which this token lacks; the board itself is still loaded for its name.
        var body = await fixture.MeasureAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{Board}}") { name pins(first: 5) { nodes { id } } } }""",
            tokenScope: "boards:read user_accounts:read");

        body.At("data.board.name").GetString().ShouldBe("Weeknight Dinners");
        body.FirstErrorCode().ShouldBe("INSUFFICIENT_SCOPE");
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(0);
        fixture.Counters.CountOf("boards/get").ShouldBe(1);
    }

    private void ShouldCost(JsonElement body, int calls, int waves)
    {
        fixture.Recorder.Calls.Count.ShouldBe(calls, fixture.Recorder.Describe());
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(calls);
        fixture.Recorder.WaveCount.ShouldBe(waves, fixture.Recorder.Describe());
        body.At("extensions.cost.upstreamCalls").GetInt32().ShouldBe(calls, "the estimate equals the calls made");
    }
}
