using System.Text.Json;
using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Frontend;

/// <summary>
/// examples/relay as a frontend developer runs it: relay-compiler 21 compiles its @connection and @refetchable
/// fragments against schema.graphql, then relay-runtime runs the generated operations against the gateway on Kestrel
/// (first pages, next pages through the generated pagination queries, a node(id:) refetch of every Node type).
/// </summary>
public sealed class RelayExampleTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly SandboxGatewayFactory _gateway = SandboxGatewayFactory.SelfIssuing();
    private readonly ExampleProject _example = new("relay");

    public void Dispose() => _gateway.Dispose();

    [SkippableFact]
    public async Task Relay_compiles_against_the_schema_and_pages_and_refetches_every_node_type_on_the_gateway()
    {
        _example.RequireInstalled();

        // The build is the compiler's verdict on the schema: it refuses @connection without all four pageInfo fields.
        var build = await _example.RunAsync("build", Timeout);
        output.WriteLine(build);
        _gateway.Counters.Reset();

        var report = await _example.RunReportAsync("start", _gateway.Address, Timeout);
        output.WriteLine(report.ToString());

        var connections = report.GetProperty("connections");
        var boards = Connection(connections, "boards");
        var pins = Connection(connections, "pins");
        var sections = Connection(connections, "sections");

        // demo.pinner's five boards at 2 a page, the chosen board's 25 pins at 10 and 3 sections at 2.
        boards.Pages.Count.ShouldBe(3);
        boards.Ids.Count.ShouldBe(5);
        report.GetProperty("board").GetProperty("pinCount").GetInt32().ShouldBe(25);
        pins.Pages.Count.ShouldBe(3);
        pins.Ids.Count.ShouldBe(25);
        sections.Pages.Count.ShouldBe(2);
        sections.Ids.Count.ShouldBe(3);

        var requests = report.GetProperty("requests");
        foreach (var (name, connection, pagination) in new[]
        {
            ("boards", boards, "RelayExampleUserBoardsPaginationQuery"),
            ("pins", pins, "RelayExampleBoardPinsPaginationQuery"),
            ("sections", sections, "RelayExampleBoardSectionsPaginationQuery"),
        })
        {
            // ConnectionHandler appended each page: the store's connection holds every page's edges, once each.
            connection.Ids.Count.ShouldBe(connection.Pages.Sum(p => p.Edges), $"{name}: the store merged every page");
            connection.Ids.Distinct().Count().ShouldBe(connection.Ids.Count, $"{name}: no edge twice");
            connection.Pages[0].HasPreviousPage.ShouldBeFalse($"{name}: the first page has nothing before it");
            connection.Pages.Skip(1).ShouldAllBe(p => p.HasPreviousPage, $"{name}: a page read with `after` has items before it");
            connection.Pages.SkipLast(1).ShouldAllBe(p => p.HasNextPage && p.EndCursor != null, $"{name}: every page but the last continues");
            connection.Pages[^1].HasNextPage.ShouldBeFalse($"{name}: the walk ends");
            connection.Pages.ShouldAllBe(p => p.StartCursor != null && p.Edges > 0, $"{name}: a page with edges has a start cursor");
            connection.Merged.GetProperty("hasPreviousPage").GetBoolean().ShouldBeFalse($"{name}: the merged connection starts at the first page");
            connection.Merged.GetProperty("hasNextPage").GetBoolean().ShouldBeFalse($"{name}: the merged connection took the last page's hasNextPage");
            requests.GetProperty(pagination).GetInt32().ShouldBe(connection.Pages.Count - 1, $"{name}: one generated pagination query per next page");
        }

        var refetched = report.GetProperty("refetched");
        string[] nodeTypes = ["User", "Board", "Pin", "BoardSection"];
        refetched.EnumerateObject().Select(p => p.Name).ShouldBe(nodeTypes, ignoreOrder: true);
        foreach (var type in nodeTypes)
        {
            var refetch = refetched.GetProperty(type);
            refetch.GetProperty("typename").GetString().ShouldBe(type);
            refetch.GetProperty("refetchedId").GetString().ShouldBe(refetch.GetProperty("id").GetString(), $"node(id) answers the {type} it was asked for");
            refetch.GetProperty("differences").GetArrayLength().ShouldBe(0, $"the refetched {type} is the one shown");
            requests.GetProperty($"RelayExample{type}RefetchQuery").GetInt32().ShouldBe(1);
        }

        refetched.GetProperty("User").GetProperty("id").GetString().ShouldBe(report.GetProperty("user").GetProperty("id").GetString());
        refetched.GetProperty("Board").GetProperty("id").GetString().ShouldBe(report.GetProperty("board").GetProperty("id").GetString());
        pins.Ids.ShouldContain(refetched.GetProperty("Pin").GetProperty("id").GetString()!);
        sections.Ids.ShouldContain(refetched.GetProperty("BoardSection").GetProperty("id").GetString()!);

        // Every page is one Pinterest list call: a next page through node(id:) does not re-read what it pages from.
        var boardQueries = requests.GetProperty("RelayExampleBoardQuery").GetInt32();
        _gateway.Counters.CountOf("boards/list").ShouldBe(boards.Pages.Count);
        _gateway.Counters.CountOf("boards/list_pins").ShouldBe(boardQueries + pins.Pages.Count - 1);
        _gateway.Counters.CountOf("boards/get").ShouldBe(boardQueries + 1, "each board query and the board refetch; board pages page on the id alone");
        _gateway.Counters.CountOf("board_sections/list").ShouldBe(boardQueries + sections.Pages.Count - 1 + 1, "the section refetch reads its board's sections");
        _gateway.Counters.CountOf("user_account/get").ShouldBe(1 + boards.Pages.Count - 1 + 1, "me, each boards page through node(User id), the user refetch");
        _gateway.Counters.CountOf("pins/get").ShouldBe(1, "the pin refetch");
        _gateway.Counters.CountOf("pins/create").ShouldBe(0);
    }

    private static ConnectionReport Connection(JsonElement connections, string name)
    {
        var connection = connections.GetProperty(name);
        return new ConnectionReport(
            [.. connection.GetProperty("pages").EnumerateArray().Select(p => new PageReport(
                p.GetProperty("edges").GetInt32(),
                p.GetProperty("hasPreviousPage").GetBoolean(),
                p.GetProperty("hasNextPage").GetBoolean(),
                p.GetProperty("startCursor").GetString(),
                p.GetProperty("endCursor").GetString()))],
            [.. connection.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!)],
            connection.GetProperty("merged"));
    }

    private sealed record PageReport(int Edges, bool HasPreviousPage, bool HasNextPage, string? StartCursor, string? EndCursor);

    private sealed record ConnectionReport(IReadOnlyList<PageReport> Pages, IReadOnlyList<string> Ids, JsonElement Merged);
}
