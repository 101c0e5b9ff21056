using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Ads;

/// <summary>
/// The ads hierarchy against the sandbox's seeded account of demo.business (3 campaigns × 10 ad groups × 10 ads):
/// calls counted, estimates compared with them, and the refusals that must cost nothing.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class AdsHierarchyTests(PinterestSandboxFixture fixture)
{
    private const string BusinessAccount = "94000000000000001";
    private const string PinnerAccount = "94000000000000002";

    internal const string Hierarchy = """
        query Hierarchy($id: ID!) {
          adAccount(id: $id) {
            name currency country owner { username } permissions
            analytics(granularity: DAY) { date metrics { column value } }
            campaigns(first: 3) {
              nodes {
                id name status
                analytics(columns: [SPEND_IN_DOLLAR, PAID_IMPRESSION]) { value(column: SPEND_IN_DOLLAR) }
                adGroups(first: 10) { nodes { id name analytics { value(column: PAID_IMPRESSION) } } }
                ads(first: 100) { nodes { id name pin { id } analytics { value(column: SPEND_IN_DOLLAR) } } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task The_whole_hierarchy_with_analytics_at_every_level_costs_thirteen_calls_and_the_estimate_is_exact()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, Hierarchy, new { id = BusinessAccount });

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var account = answer.Body.At("data.adAccount");
        account.GetProperty("currency").GetString().ShouldBe("USD");
        account.At("owner.username").GetString().ShouldBe(SandboxDemoUsers.Business);
        account.GetProperty("analytics").GetArrayLength().ShouldBe(31);
        var campaigns = account.At("campaigns.nodes").EnumerateArray().ToList();
        campaigns.Count.ShouldBe(3);
        campaigns.ShouldAllBe(c => c.At("adGroups.nodes").GetArrayLength() == 10);
        campaigns.ShouldAllBe(c => c.At("ads.nodes").GetArrayLength() == 100);
        campaigns.SelectMany(c => c.At("ads.nodes").EnumerateArray())
            .ShouldAllBe(a => a.GetProperty("analytics").GetArrayLength() == 1 && a.GetProperty("analytics")[0].GetProperty("value").GetDouble() > 0);

        // 1 ad_accounts/get, 1 ad_account/analytics, 1 campaigns/list, 1 campaigns/analytics (3 ids), 3 ad_groups/list,
        // 1 ad_groups/analytics (30 ids), 3 ads/list, 2 ads/analytics (300 ids: 250 + 50); the pins' ids cost nothing.
        answer.CallsByOperation.ShouldSatisfyAllConditions(
            () => answer.UpstreamCalls.ShouldBe(13, answer.CallsByOperation),
            () => answer.CallsByOperation.ShouldContain("ads/analytics=2"),
            () => answer.CallsByOperation.ShouldContain("ad_groups/analytics=1"),
            () => answer.CallsByOperation.ShouldNotContain("pins/get"));
        answer.EstimatedCalls.ShouldBe(13);
    }

    [Fact]
    public async Task Thirty_aliased_lookups_by_id_across_three_levels_cost_one_list_call_per_level()
    {
        var aliases = Enumerable.Range(1, 10).Select(i =>
            $"c{i}: campaign(id: \"9500000000000000{(i % 3) + 1}\") {{ name }} g{i}: adGroup(id: \"{96000000000000000L + i}\") {{ name campaign {{ name }} }} a{i}: ad(id: \"{97000000000000000L + i}\") {{ name }}");
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{BusinessAccount}}") { {{string.Join(' ', aliases)}} } }""");

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        answer.Body.At("data.adAccount.g1.campaign.name").GetString().ShouldBe("Spring launch 1");
        // adGroup.campaign loads in a later wave than the campaign aliases: one more campaigns/list for it.
        answer.CallsByOperation.ShouldContain("ad_groups/list=1");
        answer.CallsByOperation.ShouldContain("ads/list=1");
        answer.UpstreamCalls.ShouldBeLessThanOrEqualTo(4, answer.CallsByOperation);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task Another_users_ad_account_is_refused_as_pinterest_refuses_it()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{PinnerAccount}}") { name campaigns { nodes { id } } } }""");

        body.At("data.adAccount").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        body.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_users_ad_accounts_are_listed_and_a_global_id_refetches_each_level_through_node()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            { me { adAccounts { nodes { id pinterestId campaigns(first: 1) { nodes { id adGroups(first: 1) { nodes { id ads(first: 1) { nodes { id } } } } } } } } } }
            """);

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var account = body.At("data.me.adAccounts.nodes")[0];
        account.GetProperty("pinterestId").GetString().ShouldBe(BusinessAccount);
        var campaign = account.At("campaigns.nodes")[0];
        var group = campaign.At("adGroups.nodes")[0];
        var ad = group.At("ads.nodes")[0];
        var ids = new[] { account.GetProperty("id").GetString(), campaign.GetProperty("id").GetString(), group.GetProperty("id").GetString(), ad.GetProperty("id").GetString() };

        var nodes = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
            { nodes(ids: [{{string.Join(',', ids.Select(i => $"\"{i}\""))}}]) { id __typename } }
            """);

        nodes.TryGetProperty("errors", out errors).ShouldBeFalse(errors.ToString());
        nodes.At("data.nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()).ShouldBe(["AdAccount", "Campaign", "AdGroup", "Ad"]);
        nodes.At("data.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ShouldBe(ids);
    }

    [Fact]
    public async Task A_column_outside_the_endpoints_enum_is_a_validation_error_before_any_call()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{BusinessAccount}}") { analytics(columns: [VIDEO_START]) { date } } }""");

        answer.Body.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        answer.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_window_and_too_many_ids_are_invalid_arguments()
    {
        var ids = string.Join(',', Enumerable.Range(1, 251).Select(i => $"\"{95000000000000000L + i}\""));
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""
            { adAccount(id: "{{BusinessAccount}}") { campaigns(campaignIds: [{{ids}}]) { nodes { id } } analytics(clickWindowDays: 3) { date } } }
            """);

        answer.Codes.ShouldAllBe(code => code == "INVALID_ARGUMENT");
        answer.Codes.Count.ShouldBe(2);
        answer.CallsByOperation.ShouldNotContain("campaigns/list");
        answer.CallsByOperation.ShouldNotContain("analytics");
    }

    [Fact]
    public async Task Without_ads_read_the_fields_are_refused_before_any_call()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryWithTokenScopeAsync(SandboxDemoUsers.Business, "boards:read user_accounts:read", $$"""{ adAccount(id: "{{BusinessAccount}}") { name } }""");

        body.GetProperty("errors")[0].At("extensions.code").GetString().ShouldBe("INSUFFICIENT_SCOPE");
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task A_thousand_aliases_of_account_analytics_are_refused_by_the_cost_limit_without_a_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}:analytics{{date}}"));
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{BusinessAccount}}") { {{aliases}} } }""");

        answer.Codes.ShouldContain("COST_LIMIT_EXCEEDED");
        answer.UpstreamCalls.ShouldBe(0);
    }
}
