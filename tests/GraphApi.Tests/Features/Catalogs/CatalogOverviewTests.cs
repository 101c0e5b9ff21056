using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Catalogs;

/// <summary>
/// The merchant's "catalog overview" of issue 18 in one document, across both halves of the feature (catalogs and feeds;
/// items and product groups): catalogs → feeds → latest processing result → product groups → their product counts.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class CatalogOverviewTests(PinterestSandboxFixture fixture)
{
    private const string Overview = """
        { me { catalogs(first: 3) { nodes { name catalogType
            feeds(first: 2) { nodes { name processingResults(first: 1) { nodes { status ingestedItems } } } }
            productGroups(first: 4) { nodes { name productCounts { total inStock } } } } } } }
        """;

    /// <summary>
    /// 1 catalogs/list, then per catalog (3) 1 feeds/list and 1 product_groups/list, then 1 processing-results call per
    /// feed and 1 product_counts call per group: nothing per item, and the estimate (1 + 3 × (1 + 2 + 1 + 4) = 25 for
    /// these page sizes) covers every call.
    /// </summary>
    [Fact]
    public async Task The_catalog_overview_costs_one_call_per_list_and_per_group_and_the_estimate_covers_it()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, Overview);

        answer.Codes.ShouldBeEmpty();
        var catalogs = answer.Body.At("data.me.catalogs.nodes").EnumerateArray().ToList();
        catalogs.Count.ShouldBe(3);
        var feeds = catalogs.Sum(c => c.At("feeds.nodes").GetArrayLength());
        var groups = catalogs.Sum(c => c.At("productGroups.nodes").GetArrayLength());
        feeds.ShouldBeGreaterThanOrEqualTo(3, "each seeded catalog has a feed");
        groups.ShouldBeGreaterThan(0, "the seeded catalogs have product groups");
        catalogs.SelectMany(c => c.At("productGroups.nodes").EnumerateArray())
            .ShouldAllBe(g => g.At("productCounts.total").GetInt32() >= 0);

        answer.CallsByOperation.ShouldSatisfyAllConditions(
            () => answer.UpstreamCalls.ShouldBe(1 + 3 + 3 + feeds + groups, answer.CallsByOperation),
            () => answer.CallsByOperation.ShouldContain("catalogs/list=1"),
            () => answer.CallsByOperation.ShouldNotContain("items/post"));
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task Another_merchants_overview_shows_only_their_own_catalogs()
    {
        var mine = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Overview);

        mine.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        mine.At("data.me.catalogs.nodes").EnumerateArray().Select(c => c.GetProperty("catalogType").GetString()).ShouldBe(["RETAIL"]);
    }
}
