using System.Reflection;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Tests.Infrastructure;
using GraphApi.Pinterest.Tests.OpenApi;

namespace GraphApi.Pinterest.Tests.Catalogs;

/// <summary>Every catalogs request the client builds, checked against the official description.</summary>
public sealed class CatalogsOpenApiConformanceTests
{
    [Theory]
    [MemberData(nameof(CatalogsOperationCatalog.Names), MemberType = typeof(CatalogsOperationCatalog))]
    public async Task Request_is_valid_against_the_spec_and_the_generated_response_example_deserializes(string name)
    {
        var (operationId, call) = CatalogsOperationCatalog.Calls[name];
        var operation = OpenApiDocument.Instance.Operation(operationId);
        using var host = new PinterestTestHost();
        var example = operation.SuccessSchema is { } schema ? ExampleGenerator.From(schema)!.ToJsonString() : string.Empty;
        host.Respond(example.Length == 0 ? 204 : 200, example);

        await call(host.Client);

        SpecRequestValidator.Validate(operation, host.Single).ShouldBeEmpty();
    }

    [Fact]
    public void Every_catalogs_route_the_client_knows_matches_the_spec_and_has_a_checked_call()
    {
        var operations = typeof(CatalogsOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (PinterestOperation)f.GetValue(null)!)
            .ToList();

        operations.ShouldNotBeEmpty();
        foreach (var known in operations)
        {
            var spec = OpenApiDocument.Instance.Operation(known.OperationId);
            (known.Method.Method, known.Route, known.RateLimitCategory).ShouldBe((spec.Method, spec.Path, spec.RateLimitCategory), known.OperationId);
        }

        operations.Select(o => o.OperationId).Order(StringComparer.Ordinal)
            .ShouldBe(CatalogsOperationCatalog.Calls.Values.Select(c => c.OperationId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_catalog_types_are_exactly_the_specs()
    {
        var schema = OpenApiDocument.Instance.Schemas["CatalogsType"]!;
        CatalogTypes.All.ShouldBe(schema["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task A_catalog_without_a_known_type_is_refused_before_any_call()
    {
        using var host = new PinterestTestHost();

        await Should.ThrowAsync<ArgumentException>(() => host.Client.Catalogs.CreateAsync(new CreateCatalogRequest { CatalogType = "BOATS", Name = "x" }));

        host.Requests.ShouldBeEmpty();
    }
}
