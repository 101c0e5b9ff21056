using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Catalogs;

/// <summary>
/// Catalog items through the schema against the sandbox's seeded catalogs of demo.business (36 retail items SKU-1-01…36,
/// 24 hotels, 24 creative assets): calls counted, estimates compared with them, the refusals that must cost nothing, and
/// an item batch polled from PROCESSING to COMPLETED.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class CatalogItemsTests(PinterestSandboxFixture fixture)
{
    private const string Retail = "98100000000000001";
    private const string Hotel = "98100000000000002";
    private const string PinnerRetail = "98100000000000004";

    private static string Ids(int from, int count, string prefix = "SKU-1-") =>
        string.Join(", ", Enumerable.Range(from, count).Select(n => $"\"{prefix}{n:00}\""));

    [Fact]
    public async Task Two_hundred_items_across_four_aliases_cost_one_items_call_and_one_catalog_lookup()
    {
        var query = $$"""
            query {
              catalog(id: "{{Retail}}") {
                a: items(ids: [{{Ids(1, 50)}}]) { itemId catalogType ... on RetailCatalogItem { title price availability } ... on MissingCatalogItem { errors { code } } }
                b: items(ids: [{{Ids(51, 50)}}]) { itemId ... on MissingCatalogItem { errors { code message } } }
                c: items(ids: [{{Ids(101, 50)}}]) { itemId }
                d: items(ids: [{{Ids(151, 50)}}]) { itemId }
              }
            }
            """;

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, query);

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var a = answer.Body.At("data.catalog.a").EnumerateArray().ToList();
        a.Count.ShouldBe(50);
        a.Count(i => i.TryGetProperty("title", out _)).ShouldBe(36);
        a[0].GetProperty("itemId").GetString().ShouldBe("SKU-1-01");
        a[0].GetProperty("catalogType").GetString().ShouldBe("RETAIL");
        a[0].GetProperty("price").GetString().ShouldEndWith(" USD");
        a[36].At("errors").EnumerateArray().Single().GetProperty("code").GetInt32().ShouldBe(404);
        answer.Body.At("data.catalog.d").GetArrayLength().ShouldBe(50);

        // 200 ids of one catalog, country and language: one items/post (1,000 a call); the catalog's vertical: one catalogs/list.
        answer.CallsByOperation.ShouldSatisfyAllConditions(
            () => answer.UpstreamCalls.ShouldBe(2, answer.CallsByOperation),
            () => answer.CallsByOperation.ShouldContain("items/post=1"));
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task Items_of_other_languages_or_catalogs_go_in_calls_of_their_own()
    {
        var query = $$"""
            query {
              retail: catalog(id: "{{Retail}}") {
                en: items(ids: ["SKU-1-01"]) { itemId }
                fr: items(ids: ["SKU-1-01"], language: "FR") { itemId }
              }
              hotel: catalog(id: "{{Hotel}}") { items(ids: ["HOTEL-2-01", "HOTEL-2-99"]) { itemId __typename ... on HotelCatalogItem { name } } }
            }
            """;

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, query);

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var hotels = answer.Body.At("data.hotel.items").EnumerateArray().ToList();
        hotels[0].GetProperty("__typename").GetString().ShouldBe("HotelCatalogItem");
        hotels[0].GetProperty("name").GetString().ShouldBe("Demo Stay 1");
        hotels[1].GetProperty("__typename").GetString().ShouldBe("MissingCatalogItem");
        answer.CallsByOperation.ShouldContain("items/post=3");
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task A_thousand_aliases_of_items_are_refused_by_the_cost_limit_without_a_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"i{i}:items(ids:$i){{itemId}}"));

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business,
            $"query($i:[String!]!){{ catalog(id: \"{Retail}\") {{ {aliases} }} }}", new { i = new[] { "SKU-1-01" } });

        answer.Codes.ShouldContain("COST_LIMIT_EXCEEDED");
        answer.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task Ten_thousand_ids_are_an_invalid_argument_before_any_items_call()
    {
        var ids = Enumerable.Range(1, 10_000).Select(i => $"SKU-{i}").ToArray();

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business,
            "query($ids: [String!]!) { catalog(id: \"" + Retail + "\") { items(ids: $ids) { itemId } } }", new { ids });

        answer.Codes.ShouldContain("INVALID_ARGUMENT");
        answer.CallsByOperation.ShouldNotContain("items/post");
    }

    [Fact]
    public async Task Without_catalogs_read_items_are_refused_before_any_call()
    {
        var body = await fixture.QueryWithTokenScopeAsync(SandboxDemoUsers.Business, "boards:read pins:read",
            $"{{ catalogItemBatch(id: \"abc123\") {{ id }} }}");

        body.At("errors").EnumerateArray().Select(e => e.At("extensions.code").GetString()).ShouldContain("INSUFFICIENT_SCOPE");
    }

    [Fact]
    public async Task Another_users_catalog_is_refused_as_pinterest_refuses_it()
    {
        const string Mutation = """
            mutation($catalogId: ID!) {
              submitCatalogItemBatch(input: { catalogId: $catalogId, catalogType: RETAIL, items: [{ operation: DELETE, itemId: "SKU-4-01" }] }) {
                batch { id }
                errors { __typename ... on UserError { message code } }
              }
            }
            """;

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, Mutation, new { catalogId = PinnerRetail });

        body.At("data.submitCatalogItemBatch.batch").ValueKind.ShouldBe(JsonValueKind.Null);
        body.At("data.submitCatalogItemBatch.errors").GetArrayLength().ShouldBe(1);
        var items = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $"{{ catalog(id: \"{PinnerRetail}\") {{ items(ids: [\"SKU-4-01\"]) {{ __typename }} }} }}");
        items.At("data.catalog.items")[0].GetProperty("__typename").GetString().ShouldBe("RetailCatalogItem");
    }

    [Fact]
    public async Task A_batch_of_1001_items_is_refused_with_zero_calls()
    {
        var items = Enumerable.Range(1, 1001).Select(i => new { operation = "DELETE", itemId = $"SKU-{i}" }).ToArray();

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, """
            mutation($items: [CatalogItemOperationInput!]!) {
              submitCatalogItemBatch(input: { catalogId: "98100000000000001", catalogType: RETAIL, items: $items }) {
                batch { id } errors { __typename ... on UserError { message } }
              }
            }
            """, new { items });

        answer.Body.At("data.submitCatalogItemBatch.errors")[0].GetProperty("message").GetString()!.ShouldContain("1–1000");
        answer.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_operation_enum_is_a_validation_error_without_a_call()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, """
            mutation { submitCatalogItemBatch(input: { catalogId: "98100000000000001", catalogType: RETAIL, items: [{ operation: MERGE, itemId: "SKU-1" }] }) { batch { id } } }
            """);

        answer.Body.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        answer.Body.TryGetProperty("data", out var data).ShouldBe(data.ValueKind is JsonValueKind.Object or JsonValueKind.Null);
        answer.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_batch_is_processing_until_polled_then_completed_with_each_items_outcome()
    {
        const string Submit = """
            mutation($key: String) {
              submitCatalogItemBatch(input: {
                catalogId: "98100000000000002", catalogType: HOTEL, idempotencyKey: $key,
                items: [
                  { operation: UPSERT, itemId: "HOTEL-2-90", attributesJson: "{\"name\":\"New Inn\",\"link\":\"https://inn.example\"}" },
                  { operation: CREATE, itemId: "HOTEL-2-01", attributesJson: "{\"name\":\"Dup\",\"link\":\"https://inn.example\"}" },
                  { operation: CREATE, itemId: "HOTEL-2-91", attributesJson: "{\"name\":\"No link\"}" },
                  { operation: DELETE, itemId: "HOTEL-2-92" }
                ] }) {
                replayed
                batch { id status itemCount items { itemId status } }
                errors { __typename }
              }
            }
            """;
        const string Poll = "query($id: String!) { catalogItemBatch(id: $id) { id status completedAt failedCount items { itemId status errors { attribute code message } } } }";

        var key = Guid.NewGuid().ToString("N");
        var submitted = await fixture.QueryAsync(SandboxDemoUsers.Business, Submit, new { key });
        var batch = submitted.At("data.submitCatalogItemBatch.batch");
        batch.GetProperty("status").GetString().ShouldBe("PROCESSING", submitted.ToString());
        batch.GetProperty("itemCount").GetInt32().ShouldBe(4);
        var id = batch.GetProperty("id").GetString()!;

        var replay = await fixture.QueryAsync(SandboxDemoUsers.Business, Submit, new { key });
        replay.At("data.submitCatalogItemBatch.replayed").GetBoolean().ShouldBeTrue();
        replay.At("data.submitCatalogItemBatch.batch.id").GetString().ShouldBe(id);

        // The replay's reload was the first poll; the next one completes.
        var completed = await fixture.QueryAsync(SandboxDemoUsers.Business, Poll, new { id });
        var done = completed.At("data.catalogItemBatch");
        done.GetProperty("status").GetString().ShouldBe("COMPLETED", completed.ToString());
        done.GetProperty("failedCount").GetInt32().ShouldBe(3);
        var items = done.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("status").GetString()).ShouldBe(["SUCCESS", "FAILURE", "FAILURE", "FAILURE"]);
        items[2].GetProperty("errors")[0].GetProperty("attribute").GetString().ShouldBe("link");

        var read = await fixture.QueryAsync(SandboxDemoUsers.Business, $"{{ catalog(id: \"{Hotel}\") {{ items(ids: [\"HOTEL-2-90\"]) {{ ... on HotelCatalogItem {{ name }} }} }} }}");
        read.At("data.catalog.items")[0].GetProperty("name").GetString().ShouldBe("New Inn");
    }

    [Fact]
    public async Task A_batch_of_another_user_is_not_found()
    {
        var submitted = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation { submitCatalogItemBatch(input: { catalogId: "98100000000000004", catalogType: RETAIL, items: [{ operation: DELETE, itemId: "SKU-4-99" }] }) { batch { id } } }
            """);
        var id = submitted.At("data.submitCatalogItemBatch.batch.id").GetString()!;

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, "query($id: String!) { catalogItemBatch(id: $id) { id } }", new { id });

        body.At("data.catalogItemBatch").ValueKind.ShouldBe(JsonValueKind.Null);
        body.At("errors")[0].At("extensions.code").GetString().ShouldBe("NOT_FOUND");
    }
}
