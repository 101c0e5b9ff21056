using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Features.Catalogs;

namespace GraphApi.Tests.Schema.Relay;

/// <summary>
/// The Relay behaviour theories of <see cref="PagingTests"/> and <see cref="NodeTests"/> for the catalogs types, run as
/// demo.business (a catalog of each vertical) on the catalogs fixture. <see cref="RelaySpecificationTests"/> counts
/// these rows with the others.
/// </summary>
[Collection(CatalogsTests.Name)]
public sealed class CatalogsRelayTests(CatalogsFixture fixture)
{
    /// <summary>Every catalogs connection field, with a query reaching it.</summary>
    public static TheoryData<string, string, bool> Connections => new()
    {
        { "User.catalogs", "me { catalogs(first: $first, after: $after) { ...page } }", true },
        { "Catalog.feeds", "catalog(id: \"98100000000000002\") { feeds(first: $first, after: $after) { ...page } }", true },
        // The hotel feed: no test ingests it, so its one seeded processing result stays the only one.
        { "CatalogFeed.processingResults", "catalogFeed(id: \"98200000000000002\") { processingResults(first: $first, after: $after) { ...page } }", true },
        // Its completed processing lists three items with issues.
        { "FeedProcessingResult.itemIssues", "catalogFeed(id: \"98200000000000002\") { processingResults(first: 1) { nodes { itemIssues(first: $first, after: $after) { ...page } } } }", true },
    };

    public static IReadOnlyList<string> ConnectionFields => [.. Connections.Select(row => (string)row[0])];

    /// <summary>Each catalogs Node type: where an app first reads it, and every field it has that is not a connection or takes arguments.</summary>
    public static TheoryData<string, string, string> Refetches => new()
    {
        { "Catalog", "{ me { catalogs(first: 1) { nodes { ...f } } } }", "id pinterestId name catalogType createdAt updatedAt" },
        {
            "CatalogFeed", "{ catalog(id: \"98100000000000003\") { feeds(first: 1) { nodes { ...f } } } }",
            "id pinterestId catalog { id } name catalogType format location status defaultLocale defaultCountry defaultCurrency defaultAvailability scheduleTime scheduleTimezone hasCredentials createdAt updatedAt"
        },
    };

    public static IReadOnlyList<string> RefetchedTypes => [.. Refetches.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Connections))]
    public Task Every_catalogs_connection_answers_all_four_page_info_fields_by_the_specification(string name, string selection, bool hasItems) =>
        PagingTests.WalkAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), name, selection, hasItems);

    [Theory]
    [MemberData(nameof(Refetches))]
    public Task Node_refetches_the_identical_object_for_every_catalogs_node_type(string type, string read, string fields) =>
        NodeTests.RefetchAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), type, read, fields);
}
