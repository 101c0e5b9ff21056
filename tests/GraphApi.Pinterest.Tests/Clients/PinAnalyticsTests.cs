using GraphApi.Pinterest.Analytics;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class PinAnalyticsTests : IDisposable
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 1, 31);
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GetAnalyticsAsync_sends_metric_types_comma_separated()
    {
        _host.Respond(200, """{"all":{"daily_metrics":[{"date":"2025-01-01","data_status":"READY","metrics":{"IMPRESSION":3}}],"summary_metrics":{"IMPRESSION":3},"lifetime_metrics":{"IMPRESSION":10}}}""");

        var result = await _host.Client.Pins.GetAnalyticsAsync("5", new PinAnalyticsRequest
        {
            StartDate = Start,
            EndDate = End,
            MetricTypes = [PinMetricType.Impression, PinMetricType.Save],
            AppTypes = AnalyticsAppType.Mobile,
            SplitField = "NO_SPLIT",
        });

        _host.Single.ShouldBe("GET", "/v5/pins/5/analytics");
        _host.Single.ShouldHaveQuery(("start_date", "2025-01-01"), ("end_date", "2025-01-31"), ("metric_types", "IMPRESSION,SAVE"), ("app_types", "MOBILE"), ("split_field", "NO_SPLIT"));
        result["all"].SummaryMetrics!["IMPRESSION"].ShouldBe(3);
        result["all"].LifetimeMetrics!["IMPRESSION"].ShouldBe(10);
        result["all"].DailyMetrics!.ShouldHaveSingleItem().DataStatus.ShouldBe("READY");
    }

    [Fact]
    public async Task GetMultiPinAnalyticsAsync_repeats_pin_ids()
    {
        _host.Respond(200, """{"1":{"all":{"summary_metrics":{"SAVE":1}}},"2":{"all":{"summary_metrics":{"SAVE":2}}}}""");

        var result = await _host.Client.Pins.GetMultiPinAnalyticsAsync(new MultiPinAnalyticsRequest
        {
            PinIds = ["1", "2"],
            StartDate = Start,
            EndDate = End,
            MetricTypes = [PinMetricType.Save],
        });

        _host.Single.ShouldBe("GET", "/v5/pins/analytics");
        _host.Single.ShouldHaveQuery(("pin_ids", "1"), ("pin_ids", "2"), ("start_date", "2025-01-01"), ("end_date", "2025-01-31"), ("metric_types", "SAVE"));
        result["2"]["all"].SummaryMetrics!["SAVE"].ShouldBe(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task GetMultiPinAnalyticsAsync_takes_1_to_100_ids(int count)
    {
        var request = new MultiPinAnalyticsRequest
        {
            PinIds = Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            StartDate = Start,
            EndDate = End,
            MetricTypes = [PinMetricType.Save],
        };

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => _host.Client.Pins.GetMultiPinAnalyticsAsync(request));
        _host.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAnalyticsAsync_rejects_reversed_dates()
    {
        var request = new PinAnalyticsRequest { StartDate = End, EndDate = Start, MetricTypes = [PinMetricType.Save] };

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => _host.Client.Pins.GetAnalyticsAsync("5", request));
    }
}
