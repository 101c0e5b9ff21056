using System.Reflection;
using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Tests.Infrastructure;
using GraphApi.Pinterest.Tests.OpenApi;

namespace GraphApi.Pinterest.Tests.Catalogs;

/// <summary>Every catalog items and product groups request the client builds, checked against the official description.</summary>
public sealed class CatalogItemsOpenApiConformanceTests
{
    private static readonly string[] CoveredTags = ["catalog_items", "catalog_product_groups"];

    [Theory]
    [MemberData(nameof(CatalogItemsOperationCatalog.Names), MemberType = typeof(CatalogItemsOperationCatalog))]
    public async Task Request_is_valid_against_the_spec_and_the_generated_response_example_deserializes(string name)
    {
        var (operationId, call) = CatalogItemsOperationCatalog.Calls[name];
        var operation = OpenApiDocument.Instance.Operation(operationId);
        using var host = new PinterestTestHost();
        var example = operation.SuccessSchema is { } schema ? ExampleGenerator.From(schema)!.ToJsonString() : string.Empty;
        host.Respond(example.Length == 0 ? 204 : 200, example);

        await call(host.Client);

        SpecRequestValidator.Validate(operation, host.Single).ShouldBeEmpty();
    }

    [Fact]
    public void Every_operation_of_the_two_tags_has_a_client_call()
    {
        var expected = OpenApiDocument.Instance.Operations
            .Where(o => CoveredTags.Contains(o.Tag))
            .Select(o => o.OperationId)
            .Order(StringComparer.Ordinal)
            .ToList();

        CatalogItemsOperationCatalog.Calls.Values.Select(c => c.OperationId).Distinct().Order(StringComparer.Ordinal).ShouldBe(expected);
    }

    [Fact]
    public void Every_route_the_client_knows_matches_the_spec()
    {
        var operations = typeof(CatalogItemOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(ProductGroupOperations).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (PinterestOperation)f.GetValue(null)!)
            .ToList();

        operations.Count.ShouldBe(13);
        foreach (var known in operations)
        {
            var spec = OpenApiDocument.Instance.Operation(known.OperationId);
            (known.Method.Method, known.Route, known.RateLimitCategory).ShouldBe((spec.Method, spec.Path, spec.RateLimitCategory), known.OperationId);
        }
    }

    [Fact]
    public async Task Items_by_id_go_in_the_verticals_own_field_and_error_entries_read_back()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"items":[{"catalog_type":"HOTEL","hotel_id":"H-1","attributes":{"name":"Inn"}},{"catalog_type":"HOTEL","hotel_id":"H-9","errors":[{"attribute":"hotel_id","code":4181,"message":"not found"}]}]}""");

        var items = await host.Client.CatalogItems.GetAsync(new CatalogItemsRequest
        {
            Country = "US",
            Language = "EN",
            Filters = CatalogItemsFilter.For(CatalogItemVerticals.Hotel, "98100000000000001", ["H-1", "H-9"]),
        });

        host.Single.ShouldHaveJsonBody("""{"country":"US","language":"EN","filters":{"catalog_type":"HOTEL","catalog_id":"98100000000000001","hotel_ids":["H-1","H-9"]}}""");
        items.Items[0].Id.ShouldBe("H-1");
        items.Items[0].IsError.ShouldBeFalse();
        items.Items[1].IsError.ShouldBeTrue();
        items.Items[1].Errors!.ShouldHaveSingleItem().Code.ShouldBe(4181);
    }

    [Fact]
    public async Task Product_group_ids_are_sent_comma_separated()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"items":[],"bookmark":null}""");

        await host.Client.ProductGroups.ListAsync(new ListProductGroupsRequest { Ids = ["1", "2", "3"] });

        host.Single.QueryValues("id").ShouldBe(["1,2,3"]);
    }

    [Fact]
    public async Task Guards_refuse_too_many_ids_and_items_before_sending()
    {
        using var host = new PinterestTestHost();
        var ids = Enumerable.Range(1, 1001).Select(i => $"SKU-{i}").ToList();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.CatalogItems.GetAsync(new CatalogItemsRequest
        {
            Country = "US",
            Language = "EN",
            Filters = CatalogItemsFilter.For(CatalogItemVerticals.Retail, null, ids),
        }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.CatalogItems.SubmitBatchAsync(new CatalogItemsBatchRequest
        {
            CatalogType = CatalogItemVerticals.Retail,
            Country = "US",
            Language = "EN",
            Items = ids.Select(id => CatalogItemOperation.For(CatalogItemVerticals.Retail, "DELETE", id, null)).ToList(),
        }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.CatalogItems.SubmitBatchAsync(new CatalogItemsBatchRequest
        {
            CatalogType = CatalogItemVerticals.Retail,
            Country = "US",
            Language = "EN",
            Items = [],
        }));
        await Should.ThrowAsync<ArgumentException>(() => host.Client.CatalogItems.GetAsync(new CatalogItemsRequest
        {
            Country = "US",
            Language = "EN",
            Filters = new CatalogItemsFilter { CatalogType = "SHOES", ItemIds = ["1"] },
        }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.ProductGroups.ListAsync(new ListProductGroupsRequest { Ids = ids }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.ProductGroups.DeleteManyAsync(ids));
        host.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void The_verticals_and_operations_are_the_specs()
    {
        var type = OpenApiDocument.Instance.Resolve(System.Text.Json.Nodes.JsonNode.Parse("""{"$ref":"#/components/schemas/CatalogsType"}""")!);
        type["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(CatalogItemVerticals.All);
    }
}
