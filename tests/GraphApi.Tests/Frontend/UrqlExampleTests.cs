using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Frontend;

/// <summary>
/// examples/urql: @urql/core with graphcache (relayPagination, the schema's introspection from schema.graphql)
/// against the gateway on Kestrel in sandbox mode, built and run the way its README says.
/// </summary>
public sealed class UrqlExampleTests(ITestOutputHelper output) : IDisposable
{
    private readonly SandboxGatewayFactory _gateway = SandboxGatewayFactory.SelfIssuing();
    private readonly ExampleProject _example = new("urql");

    public void Dispose() => _gateway.Dispose();

    [SkippableFact]
    public async Task Urql_pages_with_relayPagination_updates_the_cache_from_a_mutation_without_a_refetch_and_surfaces_error_codes()
    {
        var report = await ApolloUrqlExampleRuns.BuildAndStartAsync(_example, _gateway, output);

        report.GetProperty("client").GetString().ShouldBe("urql-graphcache");
        ApolloUrqlExampleRuns.ShouldShowEveryStep(report, errorType: "CombinedError");
        ApolloUrqlExampleRuns.ShouldHaveCalledPinterestOncePerStep(_gateway);
        // urql sends queries as GET while the URL is short enough and mutations as POST: the gateway takes both.
        report.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ShouldBe(["GET", "POST"]);
    }

    [SkippableFact]
    public async Task Urql_build_fails_on_a_document_the_schema_no_longer_has() =>
        await ApolloUrqlExampleRuns.BuildShouldRefuseDocumentsTheSchemaNoLongerHasAsync(_example);
}
