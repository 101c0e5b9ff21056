using GraphApi.Pinterest.Tests.Infrastructure;
using GraphApi.Pinterest.UserAccount;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class UserAccountAnalyticsTests : IDisposable
{
    private static readonly DateOnly Start = new(2025, 2, 1);
    private static readonly DateOnly End = new(2025, 2, 28);
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GetAnalyticsAsync_sends_filters_and_reads_buckets()
    {
        _host.Respond(200, """{"all":{"daily_metrics":[{"date":"2025-02-01","data_status":"READY","metrics":{"SAVE":2.5}}],"summary_metrics":{"SAVE":2.5}}}""");

        var result = await _host.Client.UserAccount.GetAnalyticsAsync(new AccountAnalyticsRequest
        {
            StartDate = Start,
            EndDate = End,
            FromClaimedContent = "BOTH",
            PinFormat = "ORGANIC_IMAGE",
            AppTypes = "WEB",
            ContentType = "ORGANIC",
            Source = "YOUR_PINS",
            MetricTypes = ["SAVE", "IMPRESSION"],
            SplitField = "APP_TYPE",
        });

        _host.Single.ShouldBe("GET", "/v5/user_account/analytics");
        _host.Single.ShouldHaveQuery(
            ("start_date", "2025-02-01"), ("end_date", "2025-02-28"), ("from_claimed_content", "BOTH"), ("pin_format", "ORGANIC_IMAGE"),
            ("app_types", "WEB"), ("content_type", "ORGANIC"), ("source", "YOUR_PINS"), ("metric_types", "SAVE,IMPRESSION"), ("split_field", "APP_TYPE"));
        result["all"].SummaryMetrics!["SAVE"].ShouldBe(2.5);
    }

    [Fact]
    public async Task GetTopPinsAsync_sends_sort_and_count()
    {
        _host.Respond(200, """{"date_availability":{"is_realtime":false,"latest_available_timestamp":1735689600000},"pins":[{"pin_id":"9","metrics":{"SAVE":4},"data_status":{"SAVE":"READY"}}],"sort_by":"SAVE"}""");

        var result = await _host.Client.UserAccount.GetTopPinsAsync(new TopPinsAnalyticsRequest { StartDate = Start, EndDate = End, SortBy = "SAVE", NumOfPins = 5, CreatedInLastNDays = 30, MetricTypes = ["SAVE"] });

        _host.Single.ShouldBe("GET", "/v5/user_account/analytics/top_pins");
        _host.Single.ShouldHaveQuery(("start_date", "2025-02-01"), ("end_date", "2025-02-28"), ("sort_by", "SAVE"), ("num_of_pins", "5"), ("created_in_last_n_days", "30"), ("metric_types", "SAVE"));
        result.Pins!.ShouldHaveSingleItem().DataStatus!["SAVE"].ShouldBe("READY");
        result.DateAvailability!.IsRealtime.ShouldBe(false);
    }

    [Fact]
    public async Task GetTopVideoPinsAsync_calls_the_video_route()
    {
        _host.Respond(200, """{"pins":[],"sort_by":"VIDEO_START"}""");

        await _host.Client.UserAccount.GetTopVideoPinsAsync(new TopPinsAnalyticsRequest { StartDate = Start, EndDate = End, SortBy = "VIDEO_START" });

        _host.Single.ShouldBe("GET", "/v5/user_account/analytics/top_video_pins");
        _host.Single.ShouldHaveQuery(("start_date", "2025-02-01"), ("end_date", "2025-02-28"), ("sort_by", "VIDEO_START"));
    }

    [Fact]
    public async Task GetTopPinsAsync_limits_num_of_pins_to_50()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() =>
            _host.Client.UserAccount.GetTopPinsAsync(new TopPinsAnalyticsRequest { StartDate = Start, EndDate = End, SortBy = "SAVE", NumOfPins = 51 }));
    }
}
