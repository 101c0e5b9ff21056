using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Analytics;

/// <summary>
/// Apps on trial access get 403 code 29 from <c>multi_pins/analytics</c>; the gateway then asks per pin. The
/// sandbox's analytics are deterministic, so the fallback must give exactly the batched answer.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class PinAnalyticsFallbackTests(PinterestSandboxFixture fixture)
{
    private const string TravelPinsAnalytics = """
        { board(id: "91000000000000002") { pins(first: 4) { nodes { pinterestId
            analytics(metricTypes: [IMPRESSION, SAVE]) { summary { metric value } daily { date metrics { metric value } } } } } } }
        """;

    [Fact]
    public async Task Without_multi_pin_access_each_pin_is_asked_alone_with_the_same_answer()
    {
        var batched = await fixture.QueryAsync(SandboxDemoUsers.Pinner, TravelPinsAnalytics);
        batched.ShouldHaveNoErrors();
        fixture.Faults.Apply(new SandboxFaultSettings { NotPermittedOperationIds = ["multi_pins/analytics"] });
        try
        {
            fixture.Counters.Reset();

            var fallback = await fixture.QueryAsync(SandboxDemoUsers.Pinner, TravelPinsAnalytics);

            fallback.ShouldHaveNoErrors();
            var pins = fallback.At("data.board.pins.nodes");
            pins.GetArrayLength().ShouldBeGreaterThan(1);
            pins.EnumerateArray().ShouldAllBe(p => p.At("analytics.summary").GetArrayLength() == 2);
            fallback.At("data.board").ToString().ShouldBe(batched.At("data.board").ToString());
            fixture.Counters.CountOf("multi_pins/analytics").ShouldBe(1);
            fixture.Counters.CountOf("pins/analytics").ShouldBe(pins.GetArrayLength());
        }
        finally
        {
            fixture.Faults.Clear();
        }
    }
}
