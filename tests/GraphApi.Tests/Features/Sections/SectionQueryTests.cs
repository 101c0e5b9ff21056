using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Sections;

/// <summary>Board sections and their pins against the sandbox's seeded data.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class SectionQueryTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task Sections_list_their_pins_and_refetch_through_node()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            """{ board(id: "91000000000000001") { sections { nodes { id name pins(first: 5) { nodes { pinterestId } } board { name } } } } }""");

        body.ShouldHaveNoErrors();
        var sections = body.At("data.board.sections.nodes").EnumerateArray().ToList();
        sections.Select(s => s.GetProperty("name").GetString()).ShouldBe(["Pasta", "Soups", "Salads"], ignoreOrder: true);
        sections.ShouldAllBe(s => s.At("pins.nodes").GetArrayLength() > 0);
        var node = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($id: ID!) { node(id: $id) { __typename ... on BoardSection { name } } }",
            new { id = sections[0].GetProperty("id").GetString() });
        node.At("data.node.name").GetString().ShouldBe(sections[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pins_in_sections_name_their_section_with_one_section_list_call_per_board()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """{ board(id: "91000000000000001") { pins(first: 10) { nodes { boardSectionPinterestId section { name pinterestId } } } } }""");

        body.ShouldHaveNoErrors();
        var names = body.At("data.board.pins.nodes").EnumerateArray().Select(p => p.GetProperty("section"))
            .Where(s => s.ValueKind == JsonValueKind.Object).Select(s => s.GetProperty("name").GetString()).ToList();
        names.ShouldNotBeEmpty();
        names.ShouldAllBe(n => n == "Pasta" || n == "Soups" || n == "Salads");
        body.At("data.board.pins.nodes").EnumerateArray()
            .Where(p => p.GetProperty("section").ValueKind == JsonValueKind.Object)
            .ShouldAllBe(p => p.GetProperty("boardSectionPinterestId").GetString() == p.GetProperty("section").GetProperty("pinterestId").GetString());
        fixture.Counters.CountOf("board_sections/list").ShouldBe(1);
    }
}
