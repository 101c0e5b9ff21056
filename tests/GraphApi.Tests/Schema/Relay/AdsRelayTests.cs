using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Features.AdAudiences;

namespace GraphApi.Tests.Schema.Relay;

/// <summary>
/// The Relay behaviour theories of <see cref="PagingTests"/> and <see cref="NodeTests"/> for the ads types, run as
/// demo.business on the ads fixture: the default connection does not ask for ads:read or billing:read, so these fields
/// would answer nothing there. <see cref="RelaySpecificationTests"/> counts these rows with the organic ones.
/// </summary>
[Collection(AdResourcesTests.Name)]
public sealed class AdsRelayTests(AdResourcesFixture fixture)
{
    private const string Account = $"adAccount(id: \"{AdResourcesFixture.BusinessAccount}\")";
    private const string Campaign = "campaign(id: \"95000000000000001\")";
    private const string AdGroup = "adGroup(id: \"96000000000000001\")";

    /// <summary>Every ads connection field, with a query reaching it; all have seeded items on demo.business's account.</summary>
    public static TheoryData<string, string, bool> Connections => new()
    {
        { "User.adAccounts", "me { adAccounts(first: $first, after: $after) { ...page } }", true },
        { "AdAccount.audiences", $"{Account} {{ audiences(first: $first, after: $after) {{ ...page }} }}", true },
        { "AdAccount.customerLists", $"{Account} {{ customerLists(first: $first, after: $after) {{ ...page }} }}", true },
        // The seeded keywords belong to the account's first ad group.
        { "AdAccount.keywords", $"{Account} {{ keywords(adGroupId: \"96000000000000001\", first: $first, after: $after) {{ ...page }} }}", true },
        { "AdAccount.billingProfiles", $"{Account} {{ billingProfiles(activeOnly: false, first: $first, after: $after) {{ ...page }} }}", true },
        { "AdAccount.adsCredits", $"{Account} {{ adsCredits(first: $first, after: $after) {{ ...page }} }}", true },
        { "AdAccount.invoices", $"{Account} {{ invoices(first: $first, after: $after) {{ ...page }} }}", true },
        // The seeded hierarchy: 3 campaigns x 10 ad groups x 10 ads; the first campaign holds the first ten ad groups.
        { "AdAccount.campaigns", $"{Account} {{ campaigns(first: $first, after: $after) {{ ...page }} }}", true },
        { "AdAccount.adGroups", $"{Account} {{ adGroups(first: $first, after: $after) {{ ...page }} }}", true },
        { "AdAccount.ads", $"{Account} {{ ads(first: $first, after: $after) {{ ...page }} }}", true },
        { "Campaign.adGroups", $"{Account} {{ {Campaign} {{ adGroups(first: $first, after: $after) {{ ...page }} }} }}", true },
        { "Campaign.ads", $"{Account} {{ {Campaign} {{ ads(first: $first, after: $after) {{ ...page }} }} }}", true },
        { "AdGroup.ads", $"{Account} {{ {AdGroup} {{ ads(first: $first, after: $after) {{ ...page }} }} }}", true },
    };

    public static IReadOnlyList<string> ConnectionFields => [.. Connections.Select(row => (string)row[0])];

    /// <summary>Each ads Node type: where an app first reads it, and every field it has that is not a connection or takes arguments.</summary>
    public static TheoryData<string, string, string> Refetches => new()
    {
        {
            "AdAccount", "{ me { adAccounts(first: 1) { nodes { ...f } } } }",
            "id pinterestId name owner { id username } currency country permissions createdAt updatedAt"
        },
        {
            "Campaign", $"{{ {Account} {{ campaigns(first: 1) {{ nodes {{ ...f }} }} }} }}",
            "id pinterestId adAccount { id } name status summaryStatus objectiveType lifetimeSpendCap dailySpendCap startTime endTime createdAt updatedAt"
        },
        {
            "AdGroup", $"{{ {Account} {{ adGroups(first: 1) {{ nodes {{ ...f }} }} }} }}",
            "id pinterestId campaign { id } name status summaryStatus budgetInMicroCurrency bidInMicroCurrency budgetType billableEvent startTime endTime createdAt updatedAt"
        },
        {
            "Ad", $"{{ {Account} {{ ads(first: 1) {{ nodes {{ ...f }} }} }} }}",
            "id pinterestId campaign { id } adGroup { id } pin { id } name status summaryStatus reviewStatus creativeType destinationUrl createdAt updatedAt"
        },
    };

    public static IReadOnlyList<string> RefetchedTypes => [.. Refetches.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Connections))]
    public Task Every_ads_connection_answers_all_four_page_info_fields_by_the_specification(string name, string selection, bool hasItems) =>
        PagingTests.WalkAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), name, selection, hasItems);

    [Theory]
    [MemberData(nameof(Refetches))]
    public Task Node_refetches_the_identical_object_for_every_ads_node_type(string type, string read, string fields) =>
        NodeTests.RefetchAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), type, read, fields);
}
