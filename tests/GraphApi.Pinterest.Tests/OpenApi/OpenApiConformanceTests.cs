using System.Reflection;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.OpenApi;

/// <summary>Every request the client builds, checked against the official description.</summary>
public sealed class OpenApiConformanceTests
{
    private static readonly string[] CoveredTags = ["user_account", "boards", "pins", "media", "search"];

    [Theory]
    [MemberData(nameof(OperationCatalog.Names), MemberType = typeof(OperationCatalog))]
    public async Task Request_is_valid_against_the_spec_and_the_generated_response_example_deserializes(string name)
    {
        var (operationId, call) = OperationCatalog.Calls[name];
        var operation = OpenApiDocument.Instance.Operation(operationId);
        using var host = new PinterestTestHost();
        var example = operation.SuccessSchema is { } schema ? ExampleGenerator.From(schema)!.ToJsonString() : string.Empty;
        host.Respond(example.Length == 0 ? 204 : 200, example);

        await call(host.Client);

        SpecRequestValidator.Validate(operation, host.Single).ShouldBeEmpty();
    }

    [Fact]
    public void Every_operation_of_the_covered_tags_has_a_client_call()
    {
        var expected = OpenApiDocument.Instance.Operations
            .Where(o => CoveredTags.Contains(o.Tag))
            .Select(o => o.OperationId)
            .Append("oauth/token");

        OperationCatalog.Calls.Values.Select(c => c.OperationId).Distinct()
            .Where(id => id == "oauth/token" || CoveredTags.Contains(OpenApiDocument.Instance.Operation(id).Tag))
            .Order(StringComparer.Ordinal)
            .ShouldBe(expected.Order(StringComparer.Ordinal));
        expected.Count().ShouldBe(14 + 11 + 8 + 3 + 3 + 1);
    }

    [Fact]
    public void Every_operation_around_the_ads_hierarchy_and_of_billing_has_a_client_call()
    {
        // Their tags hold operations the gateway does not call (SSIO, audience sharing, keyword trends), so the
        // operations are named instead of their tags.
        string[] expected =
        [
            "audiences/list", "audiences/get", "audiences/create", "audiences/update",
            "customer_lists/list", "customer_lists/get", "customer_lists/create", "customer_lists/update",
            "conversion_tags/list", "conversion_tags/get", "conversion_tags/create",
            "keywords/get", "keywords/create", "keywords/update", "ad_groups/audience_sizing", "ad_groups_bid_floor/get",
            "analytics/create_report", "analytics/get_report", "bulk_download/create", "bulk_request/get",
            "billing_profiles/get", "ads_credits_discounts/get", "ads_credit/redeem", "billing_invoices/get",
        ];

        var called = OperationCatalog.Calls.Values.Select(c => c.OperationId).ToHashSet(StringComparer.Ordinal);
        expected.Where(id => !called.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_route_the_client_knows_matches_the_spec()
    {
        var operations = typeof(PinterestOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (PinterestOperation)f.GetValue(null)!)
            .ToList();

        operations.Count.ShouldBe(40 + 24);
        foreach (var known in operations)
        {
            var spec = OpenApiDocument.Instance.Operation(known.OperationId);
            (known.Method.Method, known.Route, known.RateLimitCategory).ShouldBe((spec.Method, spec.Path, spec.RateLimitCategory), known.OperationId);
        }
    }

    [Fact]
    public void The_validator_rejects_a_misspelt_field()
    {
        var schema = SchemaFactory.Build(new JsonObject { ["$ref"] = "#/components/schemas/BoardCreate" });

        SchemaFactory.Problems(schema, JsonNode.Parse("""{"name":"x"}""")).ShouldBeEmpty();
        SchemaFactory.Problems(schema, JsonNode.Parse("""{"name":"x","is_ad_only":true}""")).ShouldNotBeEmpty();
        SchemaFactory.Problems(schema, JsonNode.Parse("""{"name":"x","privacy":"HIDDEN"}""")).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_validator_rejects_a_wrong_media_source_and_a_wrong_array_style()
    {
        var pinCreate = SchemaFactory.Build(new JsonObject { ["$ref"] = "#/components/schemas/PinCreate" });
        SchemaFactory.Problems(pinCreate, JsonNode.Parse("""{"media_source":{"source_type":"image_url","uri":"x"}}""")).ShouldNotBeEmpty();

        var operation = OpenApiDocument.Instance.Operation("pins/analytics");
        var request = new RecordedRequest("GET", "/v5/pins/1/analytics",
            [new("start_date", "2025-01-01"), new("end_date", "2025-01-02"), new("metric_types", "SAVE"), new("metric_types", "IMPRESSION"), new("unknown", "1")],
            new Dictionary<string, string> { ["Authorization"] = "Bearer x" }, null);

        var problems = SpecRequestValidator.Validate(operation, request);

        problems.ShouldContain(p => p.Contains("explode=false", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("unknown", StringComparison.Ordinal));

        var boards = new RecordedRequest("GET", "/v5/boards", [new("privacy", "HIDDEN"), new("page_size", "251")],
            new Dictionary<string, string> { ["Authorization"] = "Bearer x" }, null);
        SpecRequestValidator.Validate(OpenApiDocument.Instance.Operation("boards/list"), boards).Count.ShouldBe(2);
    }
}
