using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Catalogs;

/// <summary>
/// Product groups through the schema against the sandbox's seeded groups (demo.business's retail catalog holds four:
/// All products, Acme, Under $20, Out of stock): calls counted and compared with the estimate, writes with their
/// payload errors, and the hostile cases.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class ProductGroupsTests(PinterestSandboxFixture fixture)
{
    private const string Retail = "98100000000000001";

    [Fact]
    public async Task The_groups_of_a_catalog_with_their_product_counts_cost_one_list_call_and_one_count_call_per_group()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""
            { catalog(id: "{{Retail}}") { productGroups(first: 10) { nodes { name type filters { match criteria { key values number } } productCounts { total inStock outOfStock preorder } } } } }
            """);

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var groups = answer.Body.At("data.catalog.productGroups.nodes").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("name").GetString()).ShouldBe(["All products", "Acme", "Under $20", "Out of stock"]);
        groups[0].At("productCounts.total").GetInt32().ShouldBe(36);
        groups[1].At("productCounts.total").GetInt32().ShouldBe(12);
        groups[1].At("filters.criteria")[0].GetProperty("key").GetString().ShouldBe("BRAND");
        groups[2].At("filters.match").GetString().ShouldBe("ALL_OF");
        groups[2].At("filters.criteria")[0].GetProperty("number").GetDouble().ShouldBe(20);

        // 1 catalogs_product_groups/list (the catalog is a handle: its ID is all the field needs) + 4 product_counts.
        answer.CallsByOperation.ShouldSatisfyAllConditions(
            () => answer.UpstreamCalls.ShouldBe(5, answer.CallsByOperation),
            () => answer.CallsByOperation.ShouldContain("catalogs_product_groups/list=1"),
            () => answer.CallsByOperation.ShouldContain("catalogs_product_groups/product_counts_get=4"));
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task Groups_by_id_across_aliases_and_node_share_one_list_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(1, 8).Select(i => $"g{i}: productGroup(id: \"9850000000000000{i}\") {{ name }}"));

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $"{{ catalog(id: \"{Retail}\") {{ {aliases} }} }}");

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        answer.Body.At("data.catalog.g2.name").GetString().ShouldBe("Acme");
        answer.Body.At("data.catalog.g7.name").GetString().ShouldBe("Spring creatives");
        // Group 8 is demo.pinner's: Pinterest's list leaves it out, so it is null.
        answer.Body.At("data.catalog.g8").ValueKind.ShouldBe(JsonValueKind.Null);
        answer.UpstreamCalls.ShouldBe(1, answer.CallsByOperation);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_group_is_created_replayed_with_its_key_updated_refetched_and_deleted()
    {
        const string Create = """
            mutation($key: String, $name: String!) {
              createProductGroup(input: {
                catalogId: "98100000000000001", catalogType: RETAIL, name: $name, country: "US", locale: "en-US", idempotencyKey: $key,
                filters: { match: ANY_OF, criteria: [{ key: BRAND, values: ["Birch"] }, { key: MAX_PRICE, number: 15 }] } }) {
                replayed productGroup { id pinterestId name type productCounts { total } } errors { __typename }
              }
            }
            """;
        var key = Guid.NewGuid().ToString("N");
        var name = "Birch " + key[..6];

        var created = await fixture.QueryAsync(SandboxDemoUsers.Business, Create, new { key, name });
        var replayed = await fixture.QueryAsync(SandboxDemoUsers.Business, Create, new { key, name });
        var group = created.At("data.createProductGroup.productGroup");
        var id = group.GetProperty("id").GetString()!;
        var updated = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            mutation($id: ID!) { updateProductGroup(input: { productGroupId: $id, catalogType: RETAIL, description: "Light", filtersJson: "{\"all_of\":[{\"BRAND\":{\"values\":[\"Birch\"]}}]}" }) {
              productGroup { description filters { match } productCounts { total } } errors { __typename } } }
            """, new { id });
        var node = await fixture.QueryAsync(SandboxDemoUsers.Business, "query($id: ID!) { node(id: $id) { ... on ProductGroup { name description } } }", new { id });
        var deleted = await fixture.QueryAsync(SandboxDemoUsers.Business, "mutation($id: ID!) { deleteProductGroup(input: { productGroupId: $id }) { deletedProductGroupId errors { __typename } } }", new { id });

        group.GetProperty("name").GetString().ShouldBe(name, created.ToString());
        group.GetProperty("type").GetString().ShouldBe("MERCHANT_CREATED");
        created.At("data.createProductGroup.replayed").GetBoolean().ShouldBeFalse();
        replayed.At("data.createProductGroup.replayed").GetBoolean().ShouldBeTrue();
        replayed.At("data.createProductGroup.productGroup.id").GetString().ShouldBe(id);
        updated.At("data.updateProductGroup.productGroup.filters.match").GetString().ShouldBe("ALL_OF", updated.ToString());
        updated.At("data.updateProductGroup.productGroup.productCounts.total").GetInt32().ShouldBe(12);
        node.At("data.node.description").GetString().ShouldBe("Light");
        deleted.At("data.deleteProductGroup.deletedProductGroupId").GetString().ShouldBe(id);
    }

    [Fact]
    public async Task Writes_refused_by_pinterest_or_by_the_input_checks_come_back_as_payload_errors()
    {
        const string Create = """
            mutation($catalogId: ID!, $json: String) {
              createProductGroup(input: { catalogId: $catalogId, catalogType: RETAIL, name: "Nope", country: "US", locale: "en-US", filtersJson: $json }) {
                productGroup { id } errors { __typename ... on UserError { message } }
              }
            }
            """;
        var filters = """{"any_of":[{"BRAND":{"values":["Acme"]}}]}""";

        var others = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, Create, new { catalogId = "98100000000000004", json = filters });
        var badJson = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, Create, new { catalogId = Retail, json = "[1,2]" });
        var generated = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            mutation { deleteProductGroup(input: { productGroupId: "98500000000000001" }) { deletedProductGroupId errors { __typename } } }
            """);

        others.Body.At("data.createProductGroup.productGroup").ValueKind.ShouldBe(JsonValueKind.Null);
        others.Body.At("data.createProductGroup.errors").GetArrayLength().ShouldBe(1);
        badJson.Body.At("data.createProductGroup.errors")[0].GetProperty("message").GetString()!.ShouldContain("filtersJson");
        badJson.UpstreamCalls.ShouldBe(0);
        generated.At("data.deleteProductGroup.deletedProductGroupId").ValueKind.ShouldBe(JsonValueKind.Null);
        generated.At("data.deleteProductGroup.errors").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_filter_key_outside_the_enum_is_a_validation_error_without_a_call()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, """
            mutation { createProductGroup(input: { catalogId: "98100000000000001", catalogType: RETAIL, name: "x", filters: { match: ANY_OF, criteria: [{ key: SHOE_SIZE, values: ["9"] }] } }) { productGroup { id } } }
            """);

        answer.Body.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        answer.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_thousand_aliases_of_product_counts_are_refused_by_the_cost_limit_without_a_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"c{i}:productCounts{{total}}"));

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business,
            $"{{ catalog(id: \"{Retail}\") {{ productGroup(id: \"98500000000000001\") {{ {aliases} }} }} }}");

        answer.Codes.ShouldContain("COST_LIMIT_EXCEEDED");
        answer.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task Products_need_boards_catalogs_and_pins_read()
    {
        var body = await fixture.QueryWithTokenScopeAsync(SandboxDemoUsers.Business, "catalogs:read",
            $"{{ catalog(id: \"{Retail}\") {{ productGroup(id: \"98500000000000001\") {{ name products(first: 2) {{ nodes {{ itemId pin {{ id }} }} }} }} }} }}");

        body.At("errors").EnumerateArray().Select(e => e.At("extensions.code").GetString()).ShouldContain("INSUFFICIENT_SCOPE");
        body.At("data.catalog.productGroup.products").ValueKind.ShouldBe(JsonValueKind.Null);
        body.At("data.catalog.productGroup.name").GetString().ShouldBe("All products");
    }

    [Fact]
    public async Task Products_carry_their_pins_in_one_call()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business,
            $"{{ catalog(id: \"{Retail}\") {{ productGroup(id: \"98500000000000002\") {{ products(first: 5) {{ nodes {{ itemId price currency availability pin {{ id title }} }} }} }} }} }}");

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var products = answer.Body.At("data.catalog.productGroup.products.nodes").EnumerateArray().ToList();
        products.Count.ShouldBe(5);
        products[0].GetProperty("itemId").GetString().ShouldBe("SKU-1-03");
        products[0].GetProperty("currency").GetString().ShouldBe("USD");
        products.ShouldAllBe(p => p.At("pin.title").GetString()!.Length > 0);
        answer.CallsByOperation.ShouldNotContain("pins/get");
        answer.UpstreamCalls.ShouldBe(2, answer.CallsByOperation);
    }
}
