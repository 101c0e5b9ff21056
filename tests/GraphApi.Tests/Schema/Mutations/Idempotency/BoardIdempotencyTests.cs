using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>createBoard and createBoardSection after an in-doubt first attempt: found by name, never created twice.</summary>
[Collection(IdempotencyTests.Name)]
public sealed class BoardIdempotencyTests(IdempotencyFixture fixture)
{
    private const string CreateBoard = "mutation($n: String!, $k: String) { createBoard(input: { name: $n, description: \"d\", idempotencyKey: $k }) { board { id name } replayed errors { ... on UserError { code } } } }";
    private const string CreateSection = "mutation($b: ID!, $n: String!, $k: String) { createBoardSection(input: { boardId: $b, name: $n, idempotencyKey: $k }) { section { id } replayed errors { ... on UserError { code } } } }";

    [Fact]
    public async Task A_board_created_behind_a_failed_answer_is_found_by_name_on_retry()
    {
        var name = "Board " + Guid.NewGuid().ToString("N")[..10];
        var key = Guid.NewGuid().ToString();
        fixture.Counters.Reset();
        fixture.AfterEffects.Arm(AfterEffect.ServerError, "/boards");
        var first = await fixture.QueryAsync(SandboxDemoUsers.Business, CreateBoard, new { n = name, k = key });
        fixture.AfterEffects.Disarm();

        var retry = await fixture.QueryAsync(SandboxDemoUsers.Business, CreateBoard, new { n = name, k = key });

        first.At("data.createBoard.errors")[0].GetProperty("code").GetString().ShouldBe("UPSTREAM_UNAVAILABLE");
        retry.At("data.createBoard.replayed").GetBoolean().ShouldBeTrue();
        retry.At("data.createBoard.board.name").GetString().ShouldBe(name);
        fixture.Counters.CountOf("boards/create").ShouldBe(1);
        var boards = await fixture.AsUserAsync(SandboxDemoUsers.Business, c => c.Boards.ListAsync(new() { Page = new(250) }));
        boards.Items.Count(b => b.Name == name).ShouldBe(1);
    }

    [Fact]
    public async Task A_section_created_behind_a_cut_answer_is_found_by_name_on_retry()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        fixture.Counters.Reset();
        fixture.Faults.Apply(new SandboxFaultSettings { MalformedJsonRate = 1, OperationIds = ["board_sections/create"] });
        try
        {
            var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateSection, new { b = board, n = "Once", k = key });
            first.At("data.createBoardSection.errors")[0].GetProperty("code").GetString().ShouldBe("UPSTREAM_UNAVAILABLE");
        }
        finally
        {
            fixture.Faults.Clear();
        }

        var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateSection, new { b = board, n = "Once", k = key });

        retry.At("data.createBoardSection.errors").GetArrayLength().ShouldBe(0);
        retry.At("data.createBoardSection.replayed").GetBoolean().ShouldBeTrue();
        fixture.Counters.CountOf("board_sections/create").ShouldBe(1);
        (await fixture.AsUserAsync(SandboxDemoUsers.Pinner, c => c.BoardSections.ListAsync(board))).Items.Count.ShouldBe(1);
    }
}
