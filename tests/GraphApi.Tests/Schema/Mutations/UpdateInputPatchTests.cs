using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Schema.Mutations;

/// <summary>Update inputs against the sandbox: an omitted field is kept, null clears what Pinterest can clear, null elsewhere is a payload error.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class UpdateInputPatchTests(PinterestSandboxFixture fixture)
{
    private const string HomeOffice = "91000000000000003";

    private const string UpdateBoard = """
        mutation($input: UpdateBoardInput!) {
          updateBoard(input: $input) { board { name description privacy } errors { __typename ... on UserError { code message } ... on ValidationError { field } } }
        }
        """;

    private const string UpdatePin = """
        mutation($input: UpdatePinInput!) {
          updatePin(input: $input) { pin { title description link altText board { pinterestId } } errors { __typename ... on UserError { code message } ... on ValidationError { field } } }
        }
        """;

    [Fact]
    public async Task Null_clears_a_board_description_and_omitting_it_keeps_it()
    {
        var id = await CreateBoardAsync("Patched board", "Kept until cleared");

        var renamed = await fixture.QueryAsync(SandboxDemoUsers.Curator, UpdateBoard, new { input = new { boardId = id, name = "Renamed board" } });
        var cleared = await fixture.QueryAsync(SandboxDemoUsers.Curator, UpdateBoard, new { input = new { boardId = id, description = (string?)null } });
        var read = await fixture.QueryAsync(SandboxDemoUsers.Curator, "query($id: ID!) { board(id: $id) { name description } }", new { id });

        renamed.At("data.updateBoard.board.description").GetString().ShouldBe("Kept until cleared");
        cleared.At("data.updateBoard.errors").GetArrayLength().ShouldBe(0);
        read.At("data.board.name").GetString().ShouldBe("Renamed board");
        (read.At("data.board.description").GetString() ?? "").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_literal_null_in_the_document_clears_too()
    {
        var id = await CreateBoardAsync("Literal null", "Soon gone");

        var cleared = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation($id: ID!) { updateBoard(input: { boardId: $id, description: null }) { board { name description } errors { __typename } } }", new { id });

        cleared.At("data.updateBoard.errors").GetArrayLength().ShouldBe(0);
        (cleared.At("data.updateBoard.board.description").GetString() ?? "").ShouldBeEmpty();
        cleared.At("data.updateBoard.board.name").GetString().ShouldBe("Literal null");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("privacy")]
    public async Task Null_on_a_board_field_Pinterest_cannot_clear_is_refused_before_any_call(string field)
    {
        var id = await CreateBoardAsync("Not clearable " + field, null);
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, UpdateBoard, new { input = new Dictionary<string, object?> { ["boardId"] = id, [field] = null } });

        var error = body.At("data.updateBoard.errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("ValidationError");
        error.GetProperty("field").GetString().ShouldBe(field);
        error.GetProperty("message").GetString()!.ShouldContain("cannot be null");
        fixture.Counters.CountOf("boards/update").ShouldBe(0);
    }

    [Fact]
    public async Task Null_clears_a_pin_title_and_link_and_keeps_the_omitted_description()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "mutation($input: CreatePinInput!) { createPin(input: $input) { pin { id } errors { __typename } } }",
            new { input = new { boardId = GlobalIds.Of("Board", HomeOffice), title = "Clear my title", description = "Stays", link = "https://example.com/clear", mediaSource = new { imageUrl = new { url = "https://images.example/c.jpg" } } } });
        var pinId = created.At("data.createPin.pin.id").GetString();

        var cleared = await fixture.QueryAsync(SandboxDemoUsers.Pinner, UpdatePin, new { input = new { pinId, title = (string?)null, link = (string?)null } });
        var read = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($id: ID!) { pin(id: $id) { title description link } }", new { id = pinId });

        cleared.At("data.updatePin.errors").GetArrayLength().ShouldBe(0);
        read.At("data.pin.title").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        read.At("data.pin.link").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        read.At("data.pin.description").GetString().ShouldBe("Stays");
    }

    [Fact]
    public async Task Null_board_id_on_a_pin_is_refused_before_any_call()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, UpdatePin, new { input = new { pinId = "93000000000000001", boardId = (string?)null } });

        var error = body.At("data.updatePin.errors")[0];
        error.GetProperty("field").GetString().ShouldBe("boardId");
        fixture.Counters.CountOf("pins/update").ShouldBe(0);
    }

    private async Task<string> CreateBoardAsync(string name, string? description)
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation($input: CreateBoardInput!) { createBoard(input: $input) { board { id } errors { __typename } } }", new { input = new { name, description } });
        created.ShouldHaveNoErrors();
        return created.At("data.createBoard.board.id").GetString()!;
    }
}
