using GraphApi.Pinterest.Ads.Reports;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class AdsReportsClientTests : IDisposable
{
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task CreateReportAsync_posts_dates_as_days_and_reads_the_token()
    {
        _host.Respond(200, """{"report_status":"IN_PROGRESS","token":"tok-1","message":null}""");

        var created = await _host.Client.AdsReports.CreateReportAsync("123", new CreateReportRequest
        {
            StartDate = new DateOnly(2025, 1, 1),
            EndDate = new DateOnly(2025, 1, 7),
            Granularity = "DAY",
            Level = "CAMPAIGN",
            Columns = ["SPEND_IN_MICRO_DOLLAR"],
        });

        _host.Single.ShouldBe("POST", "/v5/ad_accounts/123/reports");
        _host.Single.ShouldHaveJsonBody("""{"start_date":"2025-01-01","end_date":"2025-01-07","granularity":"DAY","level":"CAMPAIGN","columns":["SPEND_IN_MICRO_DOLLAR"]}""");
        created.Token.ShouldBe("tok-1");
        created.ReportStatus.ShouldBe("IN_PROGRESS");
    }

    [Fact]
    public async Task GetReportAsync_sends_the_token_as_a_query_parameter()
    {
        _host.Respond(200, """{"report_status":"FINISHED","url":"https://files.test/r.json","size":120.0}""");

        var state = await _host.Client.AdsReports.GetReportAsync("123", "tok/1");

        _host.Single.ShouldBe("GET", "/v5/ad_accounts/123/reports");
        _host.Single.ShouldHaveQuery(("token", "tok/1"));
        state.ReportStatus.ShouldBe("FINISHED");
        state.Url.ShouldBe("https://files.test/r.json");
    }

    [Fact]
    public async Task A_report_without_columns_is_refused_before_any_call()
    {
        await Should.ThrowAsync<ArgumentException>(() => _host.Client.AdsReports.CreateReportAsync("123", new CreateReportRequest
        {
            StartDate = new DateOnly(2025, 1, 1),
            EndDate = new DateOnly(2025, 1, 7),
            Granularity = "DAY",
            Level = "CAMPAIGN",
            Columns = [],
        }));

        _host.Requests.ShouldBeEmpty();
    }
}
