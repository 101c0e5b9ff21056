using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.DataLoading;
using GraphApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphApi.Tests.Execution.Cost;

/// <summary>
/// The estimate is an upper bound of the calls a query really makes (counted by the sandbox) and, for ordinary
/// queries, a tight one: the dashboard is estimated at exactly the 30 calls it makes.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class CostEstimateTests(PinterestSandboxFixture fixture, ITestOutputHelper output)
{
    private const string Dashboard = DashboardCallCountTests.Dashboard;

    public static TheoryData<string, string> OrdinaryQueries => new()
    {
        { SandboxDemoUsers.Pinner, Dashboard },
        { SandboxDemoUsers.Pinner, """{ me { username boards(first: 5) { nodes { name sections(first: 3) { nodes { name board { name } pins(first: 3) { nodes { title } } } } } } } }""" },
        { SandboxDemoUsers.Pinner, """{ board(id: "91000000000000002") { pins(first: 10) { nodes { pinterestId board { name } section { name } analytics { summary { metric value } } } } } }""" },
        { SandboxDemoUsers.Pinner, """{ a: board(id: "91000000000000001") { name } b: board(id: "91000000000000001") { pinCount } c: board(id: "91000000000000002") { name } }""" },
        { SandboxDemoUsers.Pinner, """{ me { followers { nodes { username } } following(first: 2) { nodes { username } } websites { nodes { website } } } }""" },
        { SandboxDemoUsers.Pinner, """{ searchBoards(query: "Travel") { nodes { name pins(first: 2) { nodes { title } } } } searchPins(query: "Lisbon", first: 3) { nodes { title board { name } } } }""" },
        { SandboxDemoUsers.Business, """{ me { analytics(metricTypes: [IMPRESSION, SAVE]) { summary { metric value } } topPins(sortBy: SAVE, first: 5) { pinterestId pin { title analytics { summary { value } } } } } }""" },
        { SandboxDemoUsers.Pinner, """{ me { id pins(first: 5) { nodes { id analytics(appType: WEB) { summary { value } } a2: analytics { summary { value } } } } } pin(id: "93000000000000001") { title analytics { summary { value } } } }""" },
        { SandboxDemoUsers.Pinner, """{ node(id: "Qm9hcmQ6OTEwMDAwMDAwMDAwMDAwMDE") { id ... on Board { name pins(first: 2) { nodes { title } } } ... on Pin { board { name } } } }""" },
        { SandboxDemoUsers.Pinner, """{ me { boards(first: 3) { nodes { ...B } } } } fragment B on Board { name pins(first: 2) { nodes { ...P } } } fragment P on Pin { title board { name } }""" },
    };

    [Theory]
    [MemberData(nameof(OrdinaryQueries))]
    public async Task The_estimate_is_at_least_the_calls_made(string user, string query)
    {
        var answer = await CostClient.QueryAsync(fixture, user, query);

        output.WriteLine($"estimated {answer.EstimatedCalls}, made {answer.UpstreamCalls}");
        answer.Body.ShouldHaveNoErrors();
        answer.UpstreamCalls.ShouldBeGreaterThan(0);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls, answer.CallsByOperation);
    }

    [Fact]
    public async Task The_dashboard_is_estimated_at_exactly_thirty_calls()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, Dashboard);

        answer.Body.ShouldHaveNoErrors();
        answer.EstimatedCalls.ShouldBe(30);
        answer.Body.At("extensions.cost.maxUpstreamCalls").GetInt32().ShouldBe(100);
        answer.Body.At("extensions.cost.writes").GetInt32().ShouldBe(0);
        answer.Body.At("extensions.cost.maxWrites").GetInt32().ShouldBe(10);
    }

    [Theory]
    [InlineData("""{ a: board(id: "91000000000000001") { name } b: board(id: "91000000000000001") { name } }""", 1)]
    [InlineData("""{ a: board(id: "91000000000000001") { name } g: board(id: "Qm9hcmQ6OTEwMDAwMDAwMDAwMDAwMDE") { name } }""", 1)]
    [InlineData("""{ me { username } node(id: "VXNlcjpkZW1vLnBpbm5lcg") { id } }""", 1)]
    [InlineData("""{ me { boards { nodes { name } } } }""", 1)]
    [InlineData("""{ me { boards(first: 4) { nodes { pins { nodes { title } } } } } }""", 5)]
    [InlineData("""{ me { boards(first: 4) { nodes { pins(first: 300) { nodes { title } } } } } }""", 1)]
    [InlineData("""{ me { boards(first: 4) { nodes { pins @skip(if: true) { nodes { title } } } } } }""", 1)]
    [InlineData("""{ me { boards(first: 2) { nodes { pins(first: 5) { nodes { board { name } section { name } } } } } } }""", 1 + 2 + 10 + 10)]
    [InlineData("""{ board(id: "Qm9hcmQ6OTEwMDAwMDAwMDAwMDAwMDE") { pins(first: 100) { nodes { analytics { summary { value } } } } } }""", 2)]
    [InlineData("""{ board(id: "91000000000000001") { pins(first: 101) { nodes { analytics { summary { value } } } } } }""", 3)]
    [InlineData("""{ pin(id: "UGluOjkz") { id } nodes(ids: ["QmFkOjE", "UGluOjkz", "UGluOjkz"]) { id } }""", 0)]
    [InlineData("""{ gateway { version } pinterestConnection { status } __typename }""", 0)]
    public async Task Known_documents_have_known_estimates(string query, int expected)
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, query);

        answer.EstimatedCalls.ShouldBe(expected);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls, answer.CallsByOperation);
    }

    [Fact]
    public async Task Variables_decide_first_and_skip()
    {
        const string Query = "query($first: Int, $skip: Boolean!) { me { boards(first: $first) { nodes { pins(first: 1) @skip(if: $skip) { nodes { id } } } } } }";

        (await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, Query, new { first = 7, skip = false })).EstimatedCalls.ShouldBe(1 + 7);
        (await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, Query, new { first = 7, skip = true })).EstimatedCalls.ShouldBe(1);
        (await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, Query, new { skip = false })).EstimatedCalls.ShouldBe(1 + 25);
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "{ me { username } }");

        body.ShouldHaveNoErrors();
        (body.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("cost", out _)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_document_that_does_not_parse_reports_no_cost()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, "{ me { ");

        answer.Codes.ShouldNotBeEmpty();
        answer.Body.TryGetProperty("extensions", out _).ShouldBeFalse();
    }
}
