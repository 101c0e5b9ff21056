using System.Net;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Tests.Contract;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

/// <summary>
/// The emulator's catalog items and product groups: Pinterest's limits (1–1000), per-item validation in batches, the
/// batch state machine, owner and scope checks, and product counts computed from the seeded items (36 retail items of
/// demo.business: brands Birch, Cobalt, Acme by n % 3; availability in stock, in stock, out of stock, preorder by n % 4).
/// Writes go to demo.pinner's catalog so the counts stay the seed's whatever the order.
/// </summary>
public sealed class CatalogItemsSandboxTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string[] CatalogsScopes = ["catalogs:read", "catalogs:write", "boards:read", "pins:read"];
    private const string Retail = "98100000000000001";
    private const string PinnerRetail = "98100000000000004";

    [Fact]
    public async Task Items_by_id_answer_each_id_once_with_the_item_or_its_error_entry()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, CatalogsScopes);

        var answer = await (await client.PostJsonAsync("v5/catalogs/items", Items(Retail, "SKU-1-02", "SKU-1-02", "SKU-9-99"))).JsonAsync();

        var items = answer["items"]!.AsArray();
        items.Count.ShouldBe(2);
        items[0]!["attributes"]!["brand"]!.GetValue<string>().ShouldBe("Cobalt");
        items[1]!["errors"]![0]!.Code().ShouldBe(404);
    }

    [Fact]
    public async Task A_thousand_and_one_ids_or_items_are_refused_and_none_or_a_thousand_items_too()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, CatalogsScopes);
        var ids = Enumerable.Range(1, 1001).Select(i => $"SKU-{i}").ToArray();

        using var tooMany = await client.PostJsonAsync("v5/catalogs/items", Items(Retail, ids));
        using var batchTooBig = await client.PostJsonAsync("v5/catalogs/items/batch", Batch(Retail, ids.Select(id => Delete(id)).ToArray()));
        using var batchEmpty = await client.PostJsonAsync("v5/catalogs/items/batch", Batch(Retail));

        (tooMany.StatusCode, (await tooMany.JsonAsync()).Code()).ShouldBe((HttpStatusCode.BadRequest, 1));
        batchTooBig.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        batchEmpty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_users_catalog_batch_and_group_are_refused()
    {
        using var business = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, CatalogsScopes);
        using var pinner = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, CatalogsScopes);
        var pinnersBatch = await (await pinner.PostJsonAsync("v5/catalogs/items/batch", Batch(PinnerRetail, Delete("SKU-4-90")))).JsonAsync();

        using var items = await business.PostJsonAsync("v5/catalogs/items", Items(PinnerRetail, "SKU-4-01"));
        using var batch = await business.PostJsonAsync("v5/catalogs/items/batch", Batch(PinnerRetail, Delete("SKU-4-01")));
        using var group = await business.GetAsync(new Uri($"v5/catalogs/product_groups/{CatalogItemsContractCases.Group}", UriKind.Relative));
        using var poll = await business.GetAsync(new Uri($"v5/catalogs/items/batch/{pinnersBatch["batch_id"]}", UriKind.Relative));
        var listed = await business.GetJsonAsync($"v5/catalogs/product_groups?id={CatalogItemsContractCases.Group}");

        (items.StatusCode, (await items.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Unauthorized, 29));
        (batch.StatusCode, (await batch.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Unauthorized, 29));
        (group.StatusCode, (await group.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Unauthorized, 29));
        (poll.StatusCode, (await poll.JsonAsync()).Code()).ShouldBe((HttpStatusCode.NotFound, 4331));
        listed.Items().ShouldBeEmpty();
        (await pinner.GetJsonAsync($"v5/catalogs/product_groups/{CatalogItemsContractCases.Group}"))["name"]!.GetValue<string>().ShouldBe("Pinner picks");
    }

    [Fact]
    public async Task Without_catalogs_scopes_the_calls_are_refused_with_code_3()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, "boards:read");

        using var items = await client.PostJsonAsync("v5/catalogs/items", Items(Retail, "SKU-1-01"));
        using var products = await client.GetAsync(new Uri("v5/catalogs/product_groups/98500000000000001/products", UriKind.Relative));

        (items.StatusCode, (await items.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Forbidden, 3));
        (products.StatusCode, (await products.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Forbidden, 3));
    }

    [Fact]
    public async Task A_batch_is_processing_when_created_and_at_the_first_poll_then_completed_with_per_item_errors()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, CatalogsScopes);
        var created = await (await client.PostJsonAsync("v5/catalogs/items/batch", Batch(PinnerRetail,
            new JsonObject { ["operation"] = "CREATE", ["item_id"] = "SKU-4-01", ["attributes"] = new JsonObject { ["title"] = "Dup", ["link"] = "https://x.example", ["image_link"] = "https://x.example/a.jpg" } },
            new JsonObject { ["operation"] = "UPSERT", ["item_id"] = "SKU-4-80", ["attributes"] = new JsonObject { ["title"] = "No link" } },
            new JsonObject { ["operation"] = "UPSERT", ["item_id"] = "SKU-4-81", ["attributes"] = new JsonObject { ["title"] = "Lamp", ["link"] = "https://x.example", ["image_link"] = "https://x.example/l.jpg" } },
            new JsonObject { ["operation"] = "UPDATE", ["item_id"] = "SKU-4-03", ["attributes"] = new JsonObject { ["title"] = "Renamed" }, ["update_mask"] = new JsonArray("title", "brand") }))).JsonAsync();
        var id = created["batch_id"]!.GetValue<string>();

        var first = await client.GetJsonAsync($"v5/catalogs/items/batch/{id}");
        var second = await client.GetJsonAsync($"v5/catalogs/items/batch/{id}");
        var updated = await (await client.PostJsonAsync("v5/catalogs/items", Items(PinnerRetail, "SKU-4-03", "SKU-4-81"))).JsonAsync();

        id.ShouldMatch("^[a-f0-9]{32}$");
        created["status"]!.GetValue<string>().ShouldBe("PROCESSING");
        first["status"]!.GetValue<string>().ShouldBe("PROCESSING");
        first["items"]!.AsArray().ShouldAllBe(i => i!["status"]!.GetValue<string>() == "PROCESSING");
        second["status"]!.GetValue<string>().ShouldBe("COMPLETED");
        second["items"]!.AsArray().Select(i => i!["status"]!.GetValue<string>()).ShouldBe(["FAILURE", "FAILURE", "SUCCESS", "SUCCESS"]);
        second["items"]![1]!["errors"]!.AsArray().Select(e => e!["attribute"]!.GetValue<string>()).ShouldBe(["link", "image_link"]);
        updated["items"]![0]!["attributes"]!["title"]!.GetValue<string>().ShouldBe("Renamed");
        updated["items"]![0]!["attributes"]!["brand"].ShouldBeNull();
        updated["items"]![1]!["attributes"]!["title"]!.GetValue<string>().ShouldBe("Lamp");
    }

    [Theory]
    [InlineData("98500000000000001", 36, 18, 9, 9)]
    [InlineData("98500000000000002", 12, 6, 3, 3)]
    [InlineData("98500000000000004", 9, 0, 9, 0)]
    public async Task Product_counts_follow_the_groups_filters_over_the_seeded_items(string group, int total, int inStock, int outOfStock, int preorder)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, CatalogsScopes);

        var counts = await client.GetJsonAsync($"v5/catalogs/product_groups/{group}/product_counts");

        counts["total"]!.GetValue<int>().ShouldBe(total);
        counts["in_stock"]!.GetValue<int>().ShouldBe(inStock);
        counts["out_of_stock"]!.GetValue<int>().ShouldBe(outOfStock);
        counts["preorder"]!.GetValue<int>().ShouldBe(preorder);
    }

    [Fact]
    public async Task Product_group_writes_keep_pinterests_rules()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, CatalogsScopes);
        var filters = new JsonObject { ["any_of"] = new JsonArray(new JsonObject { ["BRAND"] = new JsonObject { ["values"] = new JsonArray("Acme") } }) };

        using var noLocale = await client.PostJsonAsync("v5/catalogs/product_groups", new JsonObject { ["catalog_type"] = "RETAIL", ["catalog_id"] = Retail, ["name"] = "X", ["filters"] = filters.DeepClone() });
        using var sameName = await client.PostJsonAsync("v5/catalogs/product_groups", new JsonObject
        {
            ["catalog_type"] = "RETAIL",
            ["catalog_id"] = Retail,
            ["name"] = "Acme",
            ["filters"] = filters.DeepClone(),
            ["country"] = "US",
            ["locale"] = "en-US",
        });
        using var emptyFilters = await client.PostJsonAsync("v5/catalogs/product_groups", new JsonObject
        {
            ["catalog_type"] = "RETAIL",
            ["catalog_id"] = Retail,
            ["name"] = "Empty",
            ["filters"] = new JsonObject { ["any_of"] = new JsonArray() },
            ["country"] = "US",
            ["locale"] = "en-US",
        });
        using var generated = await client.DeleteAsync(new Uri("v5/catalogs/product_groups/98500000000000001", UriKind.Relative));
        using var badIds = await client.GetAsync(new Uri("v5/catalogs/product_groups?id=1,x", UriKind.Relative));

        (noLocale.StatusCode, (await noLocale.JsonAsync()).Code()).ShouldBe((HttpStatusCode.BadRequest, 6136));
        (sameName.StatusCode, (await sameName.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Conflict, 4179));
        (emptyFilters.StatusCode, (await emptyFilters.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Conflict, 4183));
        (generated.StatusCode, (await generated.JsonAsync()).Code()).ShouldBe((HttpStatusCode.Conflict, 4177));
        (badIds.StatusCode, (await badIds.JsonAsync()).Code()).ShouldBe((HttpStatusCode.BadRequest, 1));
    }

    private static JsonObject Items(string catalog, params string[] ids) => new()
    {
        ["country"] = "US",
        ["language"] = "EN",
        ["filters"] = new JsonObject { ["catalog_type"] = "RETAIL", ["catalog_id"] = catalog, ["item_ids"] = new JsonArray(ids.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()) },
    };

    private static JsonObject Batch(string catalog, params JsonObject[] items) => new()
    {
        ["catalog_type"] = "RETAIL",
        ["catalog_id"] = catalog,
        ["country"] = "US",
        ["language"] = "EN",
        ["items"] = new JsonArray(items.Cast<JsonNode>().ToArray()),
    };

    private static JsonObject Delete(string id) => new() { ["operation"] = "DELETE", ["item_id"] = id };
}
