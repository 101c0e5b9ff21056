using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.DataLoading;

/// <summary>What the loaders are for: the upstream calls a typical dashboard query costs, counted by the sandbox.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class DashboardCallCountTests(PinterestSandboxFixture fixture)
{
    internal const string Dashboard = """
        query Dashboard {
          me {
            username
            boards(first: 25) {
              nodes {
                id name pinCount
                pins(first: 10) {
                  nodes { id title image { url } analytics { summary { metric value } } }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task The_dashboard_costs_thirty_calls_one_account_one_board_list_25_pin_lists_and_3_analytics_batches()
    {
        await EnsurePinnerHas25BoardsOf10PinsAsync();
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Dashboard);

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var boards = body.GetProperty("data").GetProperty("me").GetProperty("boards").GetProperty("nodes");
        boards.GetArrayLength().ShouldBe(25);
        var pins = boards.EnumerateArray().SelectMany(b => b.GetProperty("pins").GetProperty("nodes").EnumerateArray()).ToList();
        pins.Count.ShouldBe(250);
        pins.ShouldAllBe(p => p.GetProperty("analytics").GetProperty("summary").GetArrayLength() == 4);
        var counts = fixture.Counters.Snapshot();
        var all = string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"));
        counts.GetValueOrDefault("user_account/get").ShouldBe(1, all);
        counts.GetValueOrDefault("boards/list").ShouldBe(1, all);
        counts.GetValueOrDefault("boards/list_pins").ShouldBe(25, all);
        counts.GetValueOrDefault("multi_pins/analytics").ShouldBe(3, all);
        counts.Values.Sum().ShouldBe(30, all);
    }

    [Fact]
    public async Task The_same_board_under_two_aliases_costs_one_call()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            """{ a: board(id: "91000000000000001") { name } b: board(id: "91000000000000001") { pinCount } }""");

        body.GetProperty("data").GetProperty("a").GetProperty("name").GetString().ShouldBe("Weeknight Dinners");
        body.GetProperty("data").GetProperty("b").GetProperty("pinCount").GetInt32().ShouldBeGreaterThan(0);
        fixture.Counters.CountOf("boards/get").ShouldBe(1);
    }

    [Fact]
    public async Task Twenty_five_aliases_over_three_boards_cost_three_calls_and_a_global_id_dedups_with_the_raw_id()
    {
        var ids = new[] { "91000000000000001", "91000000000000002", "91000000000000003" };
        var globalId = Convert.ToBase64String("Board:91000000000000001"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var aliases = Enumerable.Range(0, 24).Select(i => $"b{i}: board(id: \"{ids[i % 3]}\") {{ id name }}").Append($"g: board(id: \"{globalId}\") {{ id }}");
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "{ " + string.Join(' ', aliases) + " }");

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.GetProperty("data").GetProperty("g").GetProperty("id").GetString().ShouldBe(globalId);
        fixture.Counters.CountOf("boards/get").ShouldBe(3);
    }

    /// <summary>
    /// demo.pinner owns 5 seeded boards; the dashboard needs 25 boards of at least 10 pins, so the set-up creates the
    /// other 20 boards and their pins through the sandbox API (the seed stays as it is for everyone else).
    /// </summary>
    private async Task EnsurePinnerHas25BoardsOf10PinsAsync()
    {
        var existing = await fixture.AsUserAsync(SandboxDemoUsers.Pinner, c => c.Boards.ListAsync(new ListBoardsRequest { Page = new(250) }));
        var missing = 25 - existing.Items.Count;
        await Parallel.ForEachAsync(Enumerable.Range(0, Math.Max(0, missing)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, ct) =>
        {
            var board = await fixture.AsUserAsync(SandboxDemoUsers.Pinner, c => c.Boards.CreateAsync(new CreateBoardRequest { Name = $"Dashboard board {n + 1}" }, cancellationToken: ct));
            for (var i = 0; i < 10; i++)
            {
                await fixture.AsUserAsync(SandboxDemoUsers.Pinner, c => c.Pins.CreateAsync(new CreatePinRequest
                {
                    BoardId = board.Id,
                    Title = $"Pin {i + 1} of {board.Name}",
                    MediaSource = new PinImageUrlSource { Url = $"https://images.example/{board.Id}/{i}.jpg" },
                }, cancellationToken: ct));
            }
        });
    }
}
