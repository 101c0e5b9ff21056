using System.Globalization;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Features.AdAudiences;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.AdReports;

/// <summary>createAdsReport / AdAccount.adsReport and createBulkDownload / AdAccount.bulkDownload against the sandbox's state machine.</summary>
[Collection(AdResourcesTests.Name)]
public sealed class AdsReportFlowTests(AdResourcesFixture fixture)
{
    private const string Account = AdResourcesFixture.BusinessAccount;

    private const string Create = """
        mutation($input: CreateAdsReportInput!) {
          createAdsReport(input: $input) { report { token status ready url } replayed errors { __typename ... on UserError { code message } ... on ValidationError { field } } }
        }
        """;

    private const string Poll = """
        query($account: ID!, $token: String!) { adAccount(id: $account) { adsReport(token: $token) { status ready url sizeBytes } } }
        """;

    private static string Day(int daysAgo) => DateTime.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Input(string? key = null, int fromDaysAgo = 7, params string[] columns) => new
    {
        adAccountId = Account,
        startDate = Day(fromDaysAgo),
        endDate = Day(0),
        granularity = "DAY",
        level = "CAMPAIGN",
        columns = columns.Length == 0 ? ["SPEND_IN_MICRO_DOLLAR", "PAID_IMPRESSION"] : columns,
        idempotencyKey = key,
    };

    [Fact]
    public async Task A_report_starts_in_progress_and_a_later_poll_gives_its_download_url()
    {
        fixture.Factory.Counters.Reset();

        var created = await fixture.QueryAsync(SandboxDemoUsers.Business, Create, new { input = Input() });
        created.ShouldHaveNoErrors();
        var token = created.At("data.createAdsReport.report.token").GetString()!;
        var first = await fixture.QueryAsync(SandboxDemoUsers.Business, Poll, new { account = Account, token });
        var second = await fixture.QueryAsync(SandboxDemoUsers.Business, Poll, new { account = Account, token });

        created.At("data.createAdsReport.report.status").GetString().ShouldBe("IN_PROGRESS");
        first.At("data.adAccount.adsReport.ready").GetBoolean().ShouldBeFalse();
        first.At("data.adAccount.adsReport.url").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        second.At("data.adAccount.adsReport.status").GetString().ShouldBe("FINISHED");
        second.At("data.adAccount.adsReport.ready").GetBoolean().ShouldBeTrue();
        second.At("data.adAccount.adsReport.url").GetString()!.ShouldContain("/files/exports/");
        fixture.Factory.Counters.CountOf("analytics/create_report").ShouldBe(1);
        fixture.Factory.Counters.CountOf("analytics/get_report").ShouldBe(2);
    }

    [Fact]
    public async Task A_retried_create_with_the_same_key_returns_the_first_report()
    {
        var key = "report-" + Guid.NewGuid();
        var first = await fixture.QueryAsync(SandboxDemoUsers.Business, Create, new { input = Input(key) });
        fixture.Factory.Counters.Reset();

        var again = await fixture.QueryAsync(SandboxDemoUsers.Business, Create, new { input = Input(key) });

        again.At("data.createAdsReport.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createAdsReport.report.token").GetString().ShouldBe(first.At("data.createAdsReport.report.token").GetString());
        fixture.Factory.Counters.CountOf("analytics/create_report").ShouldBe(0);
    }

    [Fact]
    public async Task A_range_over_186_days_or_a_misspelt_column_is_refused_before_any_call()
    {
        fixture.Factory.Counters.Reset();

        var tooLong = await fixture.QueryAsync(SandboxDemoUsers.Business, Create, new { input = Input(fromDaysAgo: 200) });
        var misspelt = await fixture.QueryAsync(SandboxDemoUsers.Business, Create, new { input = Input(null, 7, "SPEND_IN_MICRO_DOLLARS") });

        tooLong.At("data.createAdsReport.errors")[0].GetProperty("field").GetString().ShouldBe("endDate");
        misspelt.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("SPEND_IN_MICRO_DOLLARS");
        fixture.Factory.Counters.CountOf("analytics/create_report").ShouldBe(0);
    }

    [Fact]
    public async Task A_thousand_aliased_polls_are_refused_by_the_cost_analysis_before_any_call()
    {
        fixture.Factory.Counters.Reset();
        var aliases = string.Concat(Enumerable.Range(0, 1000).Select(i => $"r{i}: adsReport(token: \"t{i}\") {{ status }} "));

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $"{{ adAccount(id: \"{Account}\") {{ {aliases} }} }}");

        body.FirstErrorCode().ShouldBe("COST_LIMIT_EXCEEDED");
        fixture.Factory.Counters.CountOf("analytics/get_report").ShouldBe(0);
    }

    [Fact]
    public async Task Another_users_ad_account_is_refused_as_pinterest_refuses_it()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Poll, new { account = Account, token = "whatever" });

        body.FirstErrorCode().ShouldBe("PINTEREST_NOT_PERMITTED");
    }

    [Fact]
    public async Task A_bulk_download_runs_then_succeeds_with_its_result_url()
    {
        fixture.Factory.Counters.Reset();
        var created = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "mutation($a: ID!) { createBulkDownload(input: { adAccountId: $a, entityTypes: [CAMPAIGN, AD_GROUP] }) { bulkDownload { requestId status ready } errors { __typename } } }",
            new { a = Account });
        created.ShouldHaveNoErrors();
        var id = created.At("data.createBulkDownload.bulkDownload.requestId").GetString();
        const string poll = "query($a: ID!, $id: String!) { adAccount(id: $a) { bulkDownload(requestId: $id) { status ready resultUrl } } }";

        var first = await fixture.QueryAsync(SandboxDemoUsers.Business, poll, new { a = Account, id });
        var second = await fixture.QueryAsync(SandboxDemoUsers.Business, poll, new { a = Account, id });

        created.At("data.createBulkDownload.bulkDownload.status").GetString().ShouldBe("RUNNING");
        first.At("data.adAccount.bulkDownload.status").GetString().ShouldBe("RUNNING");
        second.At("data.adAccount.bulkDownload.status").GetString().ShouldBe("SUCCEEDED");
        second.At("data.adAccount.bulkDownload.resultUrl").GetString()!.ShouldContain("/files/exports/");
        fixture.Factory.Counters.CountOf("bulk_request/get").ShouldBe(2);
    }
}
