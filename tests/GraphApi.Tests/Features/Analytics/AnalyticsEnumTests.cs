using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Analytics;

/// <summary>Each analytics field takes its own endpoint's metrics, end to end against the sandbox (video pins included).</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class AnalyticsEnumTests(PinterestSandboxFixture fixture)
{
    private const string SpringVideoPin = "93000000000000095";

    [Fact]
    public async Task Account_analytics_takes_the_account_rates()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "{ me { analytics(metricTypes: [ENGAGEMENT, ENGAGEMENT_RATE, OUTBOUND_CLICK_RATE, PIN_CLICK_RATE]) { summary { metric value } } } }");

        body.ShouldHaveNoErrors();
        body.At("data.me.analytics.summary").EnumerateArray().Select(m => m.GetProperty("metric").GetString()).Order(StringComparer.Ordinal)
            .ShouldBe(["ENGAGEMENT", "ENGAGEMENT_RATE", "OUTBOUND_CLICK_RATE", "PIN_CLICK_RATE"]);
    }

    [Fact]
    public async Task A_pin_metric_on_account_analytics_is_refused_before_any_call()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, "{ me { analytics(metricTypes: [VIDEO_START]) { summary { metric } } } }");

        body.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("VIDEO_START");
        body.TryGetProperty("data", out _).ShouldBeFalse();
        fixture.Counters.CountOf("user_account/analytics").ShouldBe(0);
    }

    [Fact]
    public async Task Top_video_pins_lists_video_pins_with_video_metrics()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            { me { topVideoPins(sortBy: VIDEO_START, first: 50, metricTypes: [VIDEO_START, VIDEO_AVG_WATCH_TIME]) {
                pinterestId metrics { metric value } pin { media { __typename } }
            } } }
            """);

        body.ShouldHaveNoErrors();
        var top = body.At("data.me.topVideoPins").EnumerateArray().ToList();
        top.Count.ShouldBe(6);
        top.ShouldAllBe(t => t.At("pin.media.__typename").GetString() == "VideoPinMedia");
        top[0].GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("metric").GetString()).ShouldContain("VIDEO_AVG_WATCH_TIME");
    }

    [Fact]
    public async Task A_video_pin_reports_video_metrics_through_the_batched_loader()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business,
            $$"""{ pin(id: "{{SpringVideoPin}}") { analytics(metricTypes: [VIDEO_START, VIDEO_MRC_VIEW]) { summary { metric value } } } }""");

        body.ShouldHaveNoErrors();
        var summary = body.At("data.pin.analytics.summary").EnumerateArray().ToDictionary(m => m.GetProperty("metric").GetString()!, m => m.GetProperty("value").GetDouble());
        summary["VIDEO_START"].ShouldBeGreaterThan(0);
        summary["VIDEO_MRC_VIEW"].ShouldBeLessThanOrEqualTo(summary["VIDEO_START"]);
    }

    [Fact]
    public async Task A_thousand_aliases_of_top_video_pins_are_refused_without_a_call()
    {
        fixture.Counters.Reset();
        var query = "{ me { " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"t{i}: topVideoPins(first: 50) {{ pinterestId }}")) + " } }";

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, query);

        body.FirstErrorCode().ShouldBeOneOf("COST_LIMIT_EXCEEDED", "ALIAS_LIMIT_EXCEEDED", "SELECTION_LIMIT_EXCEEDED", "DOCUMENT_TOO_LARGE");
        fixture.Counters.CountOf("user_account/analytics/top_video_pins").ShouldBe(0);
    }
}
