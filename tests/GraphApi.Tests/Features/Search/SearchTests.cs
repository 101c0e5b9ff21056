using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Search;

/// <summary>Search over the user's own boards and pins.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class SearchTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task Search_finds_the_users_own_boards_and_pins()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """{ searchBoards(query: "Travel") { nodes { name } } searchPins(query: "Lisbon", first: 3) { nodes { title } pageInfo { hasNextPage } } }""");

        body.ShouldHaveNoErrors();
        body.At("data.searchBoards.nodes").EnumerateArray().Select(b => b.GetProperty("name").GetString()).ShouldContain("Travel Ideas");
        body.At("data.searchPins.nodes").GetArrayLength().ShouldBeInRange(1, 3);
    }
}
