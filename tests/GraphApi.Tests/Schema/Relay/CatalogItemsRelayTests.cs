using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Schema.Relay;

/// <summary>
/// The Relay behaviour theories of <see cref="PagingTests"/> and <see cref="NodeTests"/> for product groups, run as
/// demo.business (whose retail catalog holds four seeded groups, the first of them every item) on the shared sandbox.
/// <see cref="RelaySpecificationTests"/> counts these rows with the others.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class CatalogItemsRelayTests(PinterestSandboxFixture fixture)
{
    private const string Catalog = "catalog(id: \"98100000000000001\")";
    private const string AllProducts = "productGroup(id: \"98500000000000001\")";

    /// <summary>Every product group connection field, with a query reaching it.</summary>
    public static TheoryData<string, string, bool> Connections => new()
    {
        { "Catalog.productGroups", $"{Catalog} {{ productGroups(first: $first, after: $after) {{ ...page }} }}", true },
        { "ProductGroup.products", $"{Catalog} {{ {AllProducts} {{ products(first: $first, after: $after) {{ ...page }} }} }}", true },
    };

    public static IReadOnlyList<string> ConnectionFields => [.. Connections.Select(row => (string)row[0])];

    /// <summary>ProductGroup: where an app first reads it, and every field it has that is not a connection or takes arguments.</summary>
    public static TheoryData<string, string, string> Refetches => new()
    {
        {
            "ProductGroup", $"{{ {Catalog} {{ productGroups(first: 2) {{ nodes {{ ...f }} }} }} }}",
            "id pinterestId catalogId catalogType feedId name description status type country locale filters { match json criteria { key values number negated json } } createdAt updatedAt productCounts { total inStock outOfStock preorder videos }"
        },
    };

    public static IReadOnlyList<string> RefetchedTypes => [.. Refetches.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Connections))]
    public Task Every_product_group_connection_answers_all_four_page_info_fields_by_the_specification(string name, string selection, bool hasItems) =>
        PagingTests.WalkAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), name, selection, hasItems);

    [Theory]
    [MemberData(nameof(Refetches))]
    public Task Node_refetches_the_identical_object_for_product_groups(string type, string read, string fields) =>
        NodeTests.RefetchAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), type, read, fields);
}
