using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Frontend;

/// <summary>
/// Two frontends at once on one gateway: the Apollo example as demo.pinner and the urql example as demo.business run
/// side by side (each also connects demo.curator with read scopes for its refusal step, at the same moment). Each
/// client's cache must show its own writes and count only its own requests, and the gateway must serve both
/// (sandbox tokens, connections and pages requested concurrently). Two users, because one run's creates would
/// shift the other's pages of the same board, as they would on Pinterest.
/// </summary>
public sealed class ApolloAndUrqlConcurrentTests(ITestOutputHelper output) : IDisposable
{
    private readonly SandboxGatewayFactory _gateway = SandboxGatewayFactory.SelfIssuing();

    public void Dispose() => _gateway.Dispose();

    [SkippableFact]
    public async Task Apollo_and_urql_running_at_once_each_see_their_own_write_and_nothing_else()
    {
        var apollo = new ExampleProject("apollo");
        var urql = new ExampleProject("urql");
        apollo.RequireInstalled();
        urql.RequireInstalled();
        await Task.WhenAll(apollo.RunAsync("build", TimeSpan.FromMinutes(2)), urql.RunAsync("build", TimeSpan.FromMinutes(2)));

        var reports = await Task.WhenAll(
            apollo.RunReportAsync("start", _gateway.Address, TimeSpan.FromMinutes(3)),
            urql.RunReportAsync("start", _gateway.Address, TimeSpan.FromMinutes(3), ("GRAPHAPI_USER", "demo.business")));
        output.WriteLine(string.Join('\n', reports));

        ApolloUrqlExampleRuns.ShouldShowEveryStep(reports[0], errorType: "CombinedGraphQLErrors");
        ApolloUrqlExampleRuns.ShouldShowEveryStep(reports[1], errorType: "CombinedError", user: "demo.business");
        _gateway.Counters.CountOf("pins/update").ShouldBe(2, "one accepted write per client, the refused ones never reach Pinterest");
        _gateway.Counters.CountOf("pins/create").ShouldBe(3, "one create per client, plus the urql example's upload");
        _gateway.Counters.CountOf("boards/list").ShouldBe(4);
    }
}
