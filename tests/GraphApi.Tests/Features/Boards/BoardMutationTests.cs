using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Features.Boards;

/// <summary>Board and section writes against the sandbox.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class BoardMutationTests(PinterestSandboxFixture fixture)
{
    private const string CreateBoard = """
        mutation($input: CreateBoardInput!) {
          createBoard(input: $input) { board { id name privacy } errors { __typename ... on UserError { code message } ... on ValidationError { field } } }
        }
        """;

    [Fact]
    public async Task Create_update_and_delete_a_board()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Curator, CreateBoard, new { input = new { name = "Bridges", description = "Spans.", privacy = "SECRET" } });
        created.ShouldHaveNoErrors();
        var id = created.At("data.createBoard.board.id").GetString();
        created.At("data.createBoard.board.privacy").GetString().ShouldBe("SECRET");

        var updated = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation($id: ID!) { updateBoard(input: { boardId: $id, name: \"Bridges & tunnels\", privacy: PUBLIC }) { board { name privacy } errors { __typename } } }", new { id });
        updated.At("data.updateBoard.board.name").GetString().ShouldBe("Bridges & tunnels");
        updated.At("data.updateBoard.board.privacy").GetString().ShouldBe("PUBLIC");

        var deleted = await fixture.QueryAsync(SandboxDemoUsers.Curator, "mutation($id: ID!) { deleteBoard(input: { boardId: $id }) { deletedBoardId errors { __typename } } }", new { id });
        deleted.At("data.deleteBoard.deletedBoardId").GetString().ShouldBe(id);
        var gone = await fixture.QueryAsync(SandboxDemoUsers.Curator, "query($id: ID!) { board(id: $id) { id name } }", new { id });
        gone.FirstErrorCode().ShouldBe("NOT_FOUND");
    }

    [Theory]
    [InlineData("", "`name` must not be empty.")]
    [InlineData("   ", "`name` must not be empty.")]
    public async Task An_empty_name_is_refused_before_any_call(string name, string message)
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, CreateBoard, new { input = new { name } });

        var error = body.At("data.createBoard.errors")[0];
        error.GetProperty("field").GetString().ShouldBe("name");
        error.GetProperty("message").GetString().ShouldBe(message);
        fixture.Counters.CountOf("boards/create").ShouldBe(0);
    }

    [Fact]
    public async Task A_name_over_180_characters_is_refused()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, CreateBoard, new { input = new { name = new string('n', 181) } });

        body.At("data.createBoard.errors")[0].GetProperty("message").GetString().ShouldBe("`name` is 181 characters; Pinterest allows at most 180.");
    }

    [Fact]
    public async Task A_retried_create_with_the_same_key_returns_the_first_board()
    {
        var input = new { name = "Once only", idempotencyKey = "board-" + Guid.NewGuid() };
        fixture.Counters.Reset();

        var first = await fixture.QueryAsync(SandboxDemoUsers.Curator, CreateBoard, new { input });
        var retry = await fixture.QueryAsync(SandboxDemoUsers.Curator, CreateBoard, new { input });

        retry.At("data.createBoard.board.id").GetString().ShouldBe(first.At("data.createBoard.board.id").GetString());
        fixture.Counters.CountOf("boards/create").ShouldBe(1);
    }

    [Fact]
    public async Task A_retried_section_create_with_the_same_key_returns_the_first_section()
    {
        var board = (await fixture.QueryAsync(SandboxDemoUsers.Curator, CreateBoard, new { input = new { name = "Keyed sections" } })).At("data.createBoard.board.id").GetString();
        const string Create = "mutation($b: ID!, $k: String) { createBoardSection(input: { boardId: $b, name: \"Once\", idempotencyKey: $k }) { section { id } errors { __typename } } }";
        var key = Guid.NewGuid().ToString();
        fixture.Counters.Reset();

        var first = await fixture.QueryAsync(SandboxDemoUsers.Curator, Create, new { b = board, k = key });
        var retry = await fixture.QueryAsync(SandboxDemoUsers.Curator, Create, new { b = board, k = key });

        retry.At("data.createBoardSection.section.id").GetString().ShouldBe(first.At("data.createBoardSection.section.id").GetString());
        fixture.Counters.CountOf("board_sections/create").ShouldBe(1);
    }

    [Fact]
    public async Task Sections_are_created_renamed_and_deleted()
    {
        var board = (await fixture.QueryAsync(SandboxDemoUsers.Curator, CreateBoard, new { input = new { name = "Sectioned" } })).At("data.createBoard.board.id").GetString();

        var created = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation($b: ID!) { createBoardSection(input: { boardId: $b, name: \"North\" }) { section { id name board { name } } errors { __typename } } }", new { b = board });
        created.ShouldHaveNoErrors();
        var section = created.At("data.createBoardSection.section.id").GetString();
        created.At("data.createBoardSection.section.board.name").GetString().ShouldBe("Sectioned");

        var renamed = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation($b: ID!, $s: ID!) { updateBoardSection(input: { boardId: $b, sectionId: $s, name: \"South\" }) { section { name } errors { __typename } } }", new { b = board, s = section });
        renamed.At("data.updateBoardSection.section.name").GetString().ShouldBe("South");

        var deleted = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation($b: ID!, $s: ID!) { deleteBoardSection(input: { boardId: $b, sectionId: $s }) { deletedSectionId errors { __typename } } }", new { b = board, s = section });
        deleted.At("data.deleteBoardSection.deletedSectionId").GetString().ShouldBe(section);
        var sections = await fixture.QueryAsync(SandboxDemoUsers.Curator, "query($b: ID!) { board(id: $b) { sections { nodes { id } } } }", new { b = board });
        sections.At("data.board.sections.nodes").GetArrayLength().ShouldBe(0);
    }
}
