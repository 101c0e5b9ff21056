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
        // urql speaks the GraphQL multipart request spec by itself when a variable holds a File or Blob: the PNG
        // became a pin, and bytes that are no image were refused in the payload before Pinterest saw them.
        var upload = report.GetProperty("upload");
        upload.GetProperty("payloadErrors").GetInt32().ShouldBe(0);
        upload.GetProperty("pinCreated").GetBoolean().ShouldBeTrue();
        upload.GetProperty("multipartRequests").GetInt32().ShouldBe(2, "both creates went out as multipart/form-data");
        upload.GetProperty("refusedCodes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["VALIDATION_FAILED"]);
        upload.GetProperty("refusedPin").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        ApolloUrqlExampleRuns.ShouldHaveCalledPinterestOncePerStep(_gateway, pinsCreated: 2);
        // urql sends queries as GET while the URL is short enough and mutations as POST: the gateway takes both.
        report.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ShouldBe(["GET", "POST"]);
    }

    [SkippableFact]
    public async Task Urql_build_fails_on_a_document_the_schema_no_longer_has() =>
        await ApolloUrqlExampleRuns.BuildShouldRefuseDocumentsTheSchemaNoLongerHasAsync(_example);
}
