using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Ads;

/// <summary>targetingAnalytics at every ads level and Campaign.adPinAnalytics against the sandbox, hostile cases included.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class AdsTargetingAnalyticsTests(PinterestSandboxFixture fixture)
{
    private const string BusinessAccount = "94000000000000001";

    [Fact]
    public async Task Every_level_splits_its_metrics_by_targeting_in_one_call_each()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""
            { adAccount(id: "{{BusinessAccount}}") {
                targetingAnalytics(targetingTypes: [GENDER, AGE_BUCKET], columns: [SPEND_IN_DOLLAR]) { targetingType targetingValue value(column: SPEND_IN_DOLLAR) }
                campaign(id: "95000000000000001") { targetingAnalytics(targetingTypes: [COUNTRY]) { targetingType targetingValue metrics { column value } } }
                adGroup(id: "96000000000000001") { targetingAnalytics(targetingTypes: [GENDER]) { targetingType } }
                ad(id: "97000000000000001") { targetingAnalytics(targetingTypes: [GENDER], attributionTypes: [INDIVIDUAL]) { targetingType } }
            } }
            """);

        answer.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var account = answer.Body.At("data.adAccount");
        var rows = account.GetProperty("targetingAnalytics").EnumerateArray().ToList();
        rows.ShouldNotBeEmpty();
        rows.Select(r => r.GetProperty("targetingType").GetString()).Distinct().Order().ShouldBe(["AGE_BUCKET", "GENDER"]);
        rows.ShouldAllBe(r => r.GetProperty("targetingValue").GetString() != null);
        account.At("campaign.targetingAnalytics").EnumerateArray().ShouldAllBe(r => r.GetProperty("targetingType").GetString() == "COUNTRY");
        account.At("adGroup.targetingAnalytics").GetArrayLength().ShouldBeGreaterThan(0);
        account.At("ad.targetingAnalytics").GetArrayLength().ShouldBeGreaterThan(0);
        answer.CallsByOperation.ShouldSatisfyAllConditions(
            () => answer.CallsByOperation.ShouldContain("ad_account_targeting_analytics/get=1"),
            () => answer.CallsByOperation.ShouldContain("campaign_targeting_analytics/get=1"),
            () => answer.CallsByOperation.ShouldContain("ad_groups_targeting_analytics/get=1"),
            () => answer.CallsByOperation.ShouldContain("ad_targeting_analytics/get=1"));
        ((long)answer.EstimatedCalls).ShouldBeGreaterThanOrEqualTo((long)answer.UpstreamCalls);
    }

    [Fact]
    public async Task A_campaigns_pin_analytics_has_rows_only_for_the_pins_it_promotes()
    {
        var pin = (await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
            { adAccount(id: "{{BusinessAccount}}") { ad(id: "97000000000000001") { campaign { pinterestId } pin { id } } } }
            """)).At("data.adAccount.ad");
        var pinId = pin.At("pin.id").GetString();
        var campaign = pin.At("campaign.pinterestId").GetString();
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
            query($pins: [ID!]!) { adAccount(id: "{{BusinessAccount}}") { campaign(id: "{{campaign}}") { adPinAnalytics(pinIds: $pins, columns: [PAID_IMPRESSION]) { pinId value(column: PAID_IMPRESSION) } } } }
            """, new { pins = new[] { pinId, "1" } });

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var rows = body.At("data.adAccount.campaign.adPinAnalytics").EnumerateArray().ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.GetProperty("pinId").GetString() != "1");
        fixture.Counters.CountOf("ad_pins/analytics").ShouldBe(1);
    }

    [Theory]
    [InlineData("targetingAnalytics(targetingTypes: []) { targetingType }", "INVALID_ARGUMENT")]
    [InlineData("campaign(id: \"95000000000000001\") { adPinAnalytics(pinIds: []) { pinId } }", "INVALID_ARGUMENT")]
    public async Task Empty_lists_are_refused_without_a_call(string selection, string code)
    {
        fixture.Counters.Reset();
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{BusinessAccount}}") { {{selection}} } }""");

        body.FirstErrorCode().ShouldBe(code);
        fixture.Counters.CountOf("ad_account_targeting_analytics/get").ShouldBe(0);
        fixture.Counters.CountOf("ad_pins/analytics").ShouldBe(0);
    }

    [Fact]
    public async Task A_made_up_targeting_type_fails_validation_without_a_call()
    {
        fixture.Counters.Reset();
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{BusinessAccount}}") { targetingAnalytics(targetingTypes: [SHOE_SIZE]) { targetingType } } }""");

        body.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task Another_users_account_is_refused()
    {
        fixture.Counters.Reset();
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ adAccount(id: "{{BusinessAccount}}") { targetingAnalytics(targetingTypes: [GENDER]) { targetingType } } }""");

        body.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        body.At("data.adAccount").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Object, body.ToString());
    }

    [Fact]
    public async Task A_thousand_aliases_of_targeting_analytics_are_refused_without_a_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}:targetingAnalytics(targetingTypes: [GENDER]){{targetingType}}"));
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{BusinessAccount}}") { {{aliases}} } }""");

        // Either limit refuses it before any call: the document's length or (under a larger length limit) its cost.
        answer.Codes.ShouldContain(code => code == "COST_LIMIT_EXCEEDED" || code == "DOCUMENT_TOO_LARGE");
        answer.UpstreamCalls.ShouldBe(0);
    }
}
