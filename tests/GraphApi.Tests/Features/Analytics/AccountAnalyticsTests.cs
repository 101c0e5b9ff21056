using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Analytics;

/// <summary>Account analytics and top pins against the sandbox.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class AccountAnalyticsTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task Account_analytics_and_top_pins_with_their_pins()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            { me {
                analytics(metricTypes: [IMPRESSION, SAVE]) { summary { metric value } daily { date dataStatus } }
                topPins(sortBy: SAVE, first: 5) { pinterestId metrics { metric value } pin { pinterestId title } }
            } }
            """);

        body.ShouldHaveNoErrors();
        body.At("data.me.analytics.summary").GetArrayLength().ShouldBeGreaterThan(0);
        body.At("data.me.analytics.daily").EnumerateArray().ShouldAllBe(d => !string.IsNullOrEmpty(d.GetProperty("dataStatus").GetString()));
        var top = body.At("data.me.topPins").EnumerateArray().ToList();
        top.Count.ShouldBeInRange(1, 5);
        // Other tests add untitled pins that can rank first, so compare IDs rather than titles.
        top.ShouldAllBe(t => t.At("pin.pinterestId").GetString() == t.GetProperty("pinterestId").GetString());
    }

    [Fact]
    public async Task Analytics_outside_the_last_90_days_is_refused_before_any_call()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, """{ me { analytics(startDate: "2001-01-01") { summary { metric } } } }""");

        body.FirstErrorCode().ShouldBe("INVALID_ARGUMENT");
        fixture.Counters.CountOf("user_account/analytics").ShouldBe(0);
    }
}
