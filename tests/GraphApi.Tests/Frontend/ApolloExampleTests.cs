using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Frontend;

/// <summary>
/// examples/apollo: Apollo Client 4 with InMemoryCache (relayStylePagination, possibleTypes from schema.graphql)
/// against the gateway on Kestrel in sandbox mode, built and run the way its README says.
/// </summary>
public sealed class ApolloExampleTests(ITestOutputHelper output) : IDisposable
{
    private readonly SandboxGatewayFactory _gateway = SandboxGatewayFactory.SelfIssuing();
    private readonly ExampleProject _example = new("apollo");

    public void Dispose() => _gateway.Dispose();

    [SkippableFact]
    public async Task Apollo_pages_with_fetchMore_updates_the_cache_from_a_mutation_without_a_refetch_and_surfaces_error_codes()
    {
        var report = await ApolloUrqlExampleRuns.BuildAndStartAsync(_example, _gateway, output);

        report.GetProperty("client").GetString().ShouldBe("apollo-client-4");
        ApolloUrqlExampleRuns.ShouldShowEveryStep(report, errorType: "CombinedGraphQLErrors");
        ApolloUrqlExampleRuns.ShouldHaveCalledPinterestOncePerStep(_gateway);
    }

    [SkippableFact]
    public async Task Apollo_build_fails_on_a_document_the_schema_no_longer_has() =>
        await ApolloUrqlExampleRuns.BuildShouldRefuseDocumentsTheSchemaNoLongerHasAsync(_example);
}
