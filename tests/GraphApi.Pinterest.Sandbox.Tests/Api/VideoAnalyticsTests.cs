using System.Globalization;
using System.Net;
using GraphApi.Pinterest.Sandbox.Tests.Contract;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

/// <summary>Seeded video pins answer VIDEO_* metrics, image pins leave them out, and top_video_pins lists the caller's video pins.</summary>
public sealed class VideoAnalyticsTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Ago(int days) => DateTime.UtcNow.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_video_pin_answers_video_metrics()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, Scopes.All);

        using var response = await client.GetAsync(new Uri(
            $"v5/pins/{SeedIds.SpringVideoPin}/analytics?start_date={Ago(30)}&end_date={Today}&metric_types=VIDEO_START,VIDEO_MRC_VIEW,VIDEO_AVG_WATCH_TIME,IMPRESSION", UriKind.Relative));
        var body = await response.JsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        OpenApiContract.Instance.ValidateResponse("pins/analytics", 200, body).ShouldBeEmpty();
        var summary = body["all"]!["summary_metrics"]!;
        summary["VIDEO_START"]!.GetValue<double>().ShouldBeGreaterThan(0);
        summary["VIDEO_MRC_VIEW"]!.GetValue<double>().ShouldBeLessThanOrEqualTo(summary["VIDEO_START"]!.GetValue<double>());
        summary["VIDEO_START"]!.GetValue<double>().ShouldBeLessThanOrEqualTo(summary["IMPRESSION"]!.GetValue<double>());
        summary["VIDEO_AVG_WATCH_TIME"]!.GetValue<double>().ShouldBeInRange(2000, 9000);
    }

    [Fact]
    public async Task A_mixed_batch_gives_each_pin_the_metrics_of_its_kind()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, Scopes.All);

        using var response = await client.GetAsync(new Uri(
            $"v5/pins/analytics?pin_ids={SeedIds.SpringVideoPin},{SeedIds.SpringImagePin}&start_date={Ago(7)}&end_date={Today}&metric_types=IMPRESSION,VIDEO_START,USER_FOLLOW", UriKind.Relative));
        var body = await response.JsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var video = body[SeedIds.SpringVideoPin]!["all"]!["summary_metrics"]!.AsObject();
        var image = body[SeedIds.SpringImagePin]!["all"]!["summary_metrics"]!.AsObject();
        video.Select(p => p.Key).Order(StringComparer.Ordinal).ShouldBe(["IMPRESSION", "VIDEO_START"]);
        image.Select(p => p.Key).Order(StringComparer.Ordinal).ShouldBe(["IMPRESSION", "USER_FOLLOW"]);
    }

    [Fact]
    public async Task An_unknown_metric_is_still_400()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, Scopes.All);

        using var response = await client.GetAsync(new Uri($"v5/pins/{SeedIds.SpringVideoPin}/analytics?start_date={Ago(7)}&end_date={Today}&metric_types=ENGAGEMENT_RATE", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Top_video_pins_lists_the_callers_video_pins_best_first()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, Scopes.All);

        using var response = await client.GetAsync(new Uri(
            $"v5/user_account/analytics/top_video_pins?start_date={Ago(30)}&end_date={Today}&sort_by=VIDEO_START&num_of_pins=50&metric_types=VIDEO_START,VIDEO_10S_VIEW", UriKind.Relative));
        var body = await response.JsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        OpenApiContract.Instance.ValidateResponse("user_account/analytics/top_video_pins", 200, body).ShouldBeEmpty();
        var pins = body["pins"]!.AsArray();
        pins.Count.ShouldBe(6);
        pins.Select(p => p!["pin_id"]!.GetValue<string>()).ShouldContain(SeedIds.SpringVideoPin);
        var starts = pins.Select(p => p!["metrics"]!["VIDEO_START"]!.GetValue<double>()).ToList();
        starts.ShouldBe(starts.OrderByDescending(s => s).ToList());
        pins[0]!["metrics"]!["VIDEO_10S_VIEW"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Top_video_pins_is_empty_for_a_user_without_videos_and_refuses_account_metrics()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        var empty = await client.GetJsonAsync($"v5/user_account/analytics/top_video_pins?start_date={Ago(7)}&end_date={Today}&sort_by=IMPRESSION");
        using var wrong = await client.GetAsync(new Uri($"v5/user_account/analytics/top_video_pins?start_date={Ago(7)}&end_date={Today}&sort_by=IMPRESSION&metric_types=ENGAGEMENT", UriKind.Relative));

        empty["pins"]!.AsArray().Count.ShouldBe(0);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
