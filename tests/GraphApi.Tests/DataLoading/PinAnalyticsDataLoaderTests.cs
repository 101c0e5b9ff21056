using GraphApi.Features.Analytics;
using GraphApi.Pinterest.Errors;
using GraphQL.DataLoader;

namespace GraphApi.Tests.DataLoading;

/// <summary>The analytics loader: one batch, split at 100 pins, with a per-pin fallback.</summary>
public sealed class PinAnalyticsDataLoaderTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Two_hundred_fifty_distinct_pins_take_three_multi_pin_calls_and_duplicates_are_free()
    {
        var pins = new FakePinsClient(multiAvailable: true);
        var loader = new PinAnalyticsDataLoader(new FakePinterestClient(pins));

        var results = Enumerable.Range(0, 250).Concat(Enumerable.Range(0, 50)).Select(i => loader.Load(Key($"pin{i}"))).ToList();
        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        pins.MultiCallSizes.ShouldBe([100, 100, 50], ignoreOrder: true); // the chunks go out in parallel
        pins.SingleCalls.ShouldBe(0);
        values.ShouldAllBe(v => v != null);
        ReferenceEquals(results[0], results[250]).ShouldBeTrue();
    }

    [Fact]
    public async Task Without_the_beta_endpoint_it_falls_back_to_one_call_per_pin_and_remembers()
    {
        var pins = new FakePinsClient(multiAvailable: false);
        var loader = new PinAnalyticsDataLoader(new FakePinterestClient(pins));

        var first = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => loader.Load(Key($"a{i}")).GetResultAsync()));
        var second = await loader.Load(Key("b0")).GetResultAsync();

        first.ShouldAllBe(v => v != null);
        second.ShouldNotBeNull();
        pins.MultiCallSizes.Count.ShouldBe(1);
        pins.SingleCalls.ShouldBe(4);
    }

    [Fact]
    public async Task In_the_fallback_one_missing_pin_fails_only_its_own_field()
    {
        var loader = new PinAnalyticsDataLoader(new FakePinterestClient(new FakePinsClient(multiAvailable: false)));

        IDataLoaderResult<GraphApi.Pinterest.Pins.PinAnalyticsMetrics?> good = loader.Load(Key("good")), missing = loader.Load(Key("missing"));

        (await good.GetResultAsync()).ShouldNotBeNull();
        await Should.ThrowAsync<PinterestNotFoundException>(() => missing.GetResultAsync());
    }

    private static PinAnalyticsKey Key(string pinId) => new(pinId, Today.AddDays(-7), Today, "IMPRESSION", "ALL");
}
