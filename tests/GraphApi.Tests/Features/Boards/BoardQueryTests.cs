using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Boards;

/// <summary>Boards by id against the sandbox's seeded data.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class BoardQueryTests(PinterestSandboxFixture fixture)
{
    private const string TravelBoard = "91000000000000002";

    [Fact]
    public async Task A_board_reads_the_same_by_global_and_raw_id_with_privacy_owner_and_cover()
    {
        var byRaw = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{TravelBoard}}") { id pinterestId name description privacy ownerUsername pinCount createdAt coverImageUrl } }""");
        var byGlobal = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{GlobalIds.Of("Board", TravelBoard)}}") { id pinterestId name description privacy ownerUsername pinCount createdAt coverImageUrl } }""");

        byRaw.ShouldHaveNoErrors();
        byRaw.At("data.board").ToString().ShouldBe(byGlobal.At("data.board").ToString());
        var board = byRaw.At("data.board");
        board.GetProperty("name").GetString().ShouldBe("Travel Ideas");
        board.GetProperty("privacy").GetString().ShouldBe("PUBLIC");
        board.GetProperty("ownerUsername").GetString().ShouldBe("demo.pinner");
        board.GetProperty("pinCount").GetInt32().ShouldBe(25);
        board.GetProperty("id").GetString().ShouldBe(GlobalIds.Of("Board", TravelBoard));
    }
}
