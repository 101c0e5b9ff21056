using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Catalogs;

/// <summary>
/// Catalogs, feeds, processing results and reports against the sandbox as demo.business (a catalog of each vertical,
/// one feed each with one completed processing) and demo.pinner ("another user": catalog 98100000000000004, feed
/// 98200000000000004).
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class CatalogsFeatureTests(PinterestSandboxFixture fixture)
{
    private const string PinnerCatalog = "98100000000000004";
    private const string PinnerFeed = "98200000000000004";
    private const string RetailCatalog = "98100000000000001";
    private const string Password = "feed-pa55word-7f3a";

    private const string CreateFeed = """
        mutation($input: CreateCatalogFeedInput!) { createCatalogFeed(input: $input) {
          replayed feed { pinterestId name hasCredentials catalog { pinterestId } }
          errors { __typename ... on UserError { code message } } } }
        """;

    /// <summary>
    /// The catalogs part of a catalog overview: 1 catalogs/list + 1 feeds/list per catalog (3) + 1
    /// feed_processing_results/list per feed (3) = 7 calls, and the estimate covers them.
    /// </summary>
    [Fact]
    public async Task The_catalog_overview_makes_seven_calls_and_the_estimate_covers_them()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, """
            { me { catalogs(first: 10) { nodes { name catalogType feeds(first: 5) { nodes { name hasCredentials
              processingResults(first: 1) { nodes { status ingestedItems validationErrors { code count } } } } } } } } }
            """);

        answer.Codes.ShouldBeEmpty();
        var catalogs = answer.Body.At("data.me.catalogs.nodes").EnumerateArray().ToList();
        catalogs.Select(c => c.GetProperty("catalogType").GetString()).ShouldBe(["RETAIL", "HOTEL", "CREATIVE_ASSETS"]);
        // Other tests add feeds to the retail catalog; the seeded ones are there in any case.
        catalogs.ShouldAllBe(c => c.At("feeds.nodes").GetArrayLength() >= 1);
        // The hotel catalog: no test adds feeds to it (new retail feeds may sort first and have no processing yet).
        var latest = catalogs[1].At("feeds.nodes")[0].At("processingResults.nodes")[0];
        latest.GetProperty("status").GetString().ShouldBe("COMPLETED");
        latest.GetProperty("validationErrors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(["DESCRIPTION_MISSING", "TITLE_MISSING"]);
        answer.UpstreamCalls.ShouldBe(7);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo(7);
    }

    [Fact]
    public async Task A_catalog_and_a_feed_refetch_by_id_and_another_users_are_not_found()
    {
        var own = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ catalog(id: "{{RetailCatalog}}") { name feeds { nodes { pinterestId } } } }""");
        own.ShouldHaveNoErrors();
        own.At("data.catalog.name").GetString().ShouldBe("Demo Studio Shop");

        var theirs = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ catalog(id: "{{PinnerCatalog}}") { name } catalogFeed(id: "{{PinnerFeed}}") { name } }""");
        theirs.At("data.catalog").ValueKind.ShouldBe(JsonValueKind.Null);
        theirs.At("data.catalogFeed").ValueKind.ShouldBe(JsonValueKind.Null);
        theirs.GetProperty("errors").EnumerateArray().Select(e => e.At("extensions.code").GetString()).ShouldAllBe(code => code == "NOT_FOUND");
    }

    [Fact]
    public async Task Without_catalogs_read_the_fields_are_refused_before_any_call()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryWithTokenScopeAsync(SandboxDemoUsers.Business, "boards:read user_accounts:read", $$"""{ me { catalogs { nodes { id } } } catalogFeed(id: "{{PinnerFeed}}") { name } }""");

        body.GetProperty("errors").EnumerateArray().Select(e => e.At("extensions.code").GetString()).ShouldAllBe(code => code == "INSUFFICIENT_SCOPE");
        fixture.Counters.CountOf("catalogs/list").ShouldBe(0);
        fixture.Counters.CountOf("feeds/get").ShouldBe(0);
    }

    [Fact]
    public async Task A_thousand_aliases_of_catalogs_or_createCatalogFeed_are_refused_without_a_call()
    {
        var reads = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}: catalogs {{ nodes {{ id }} }}"));
        var read = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $"{{ me {{ {reads} }} }}");
        var writes = string.Join(' ', Enumerable.Range(0, 1000).Select(i =>
            $"a{i}: createCatalogFeed(input: {{ catalogId: \"{RetailCatalog}\", catalogType: RETAIL, name: \"n{i}\", format: CSV, location: \"https://x.example/f.csv\", defaultLocale: \"en-US\", defaultCountry: \"US\" }}) {{ replayed }}"));
        var write = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $"mutation {{ {writes} }}");

        read.Codes.ShouldNotBeEmpty();
        read.UpstreamCalls.ShouldBe(0);
        write.Codes.ShouldNotBeEmpty();
        write.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_huge_name_a_bad_enum_and_a_null_name_are_refused_without_a_call()
    {
        fixture.Counters.Reset();
        var huge = await fixture.QueryAsync(SandboxDemoUsers.Business, CreateFeed, new { input = FeedInput(new string('n', 100_000)) });
        var badEnum = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            mutation { createCatalogFeed(input: { catalogId: "98100000000000001", catalogType: RETAIL, name: "x", format: JSON, location: "https://x.example/f", defaultLocale: "en-US", defaultCountry: "US" }) { replayed } }
            """);
        var nullName = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            mutation { updateCatalogFeed(input: { feedId: "98200000000000001", catalogType: RETAIL, name: null }) { feed { name } errors { __typename ... on UserError { message } } } }
            """);

        huge.At("data.createCatalogFeed.errors")[0].GetProperty("message").GetString()!.ShouldContain("name");
        badEnum.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        nullName.At("data.updateCatalogFeed.errors")[0].GetProperty("message").GetString()!.ShouldContain("cannot be null");
        fixture.Counters.Snapshot().Where(p => p.Key.StartsWith("feeds/", StringComparison.Ordinal)).Sum(p => p.Value).ShouldBe(0);
    }

    [Fact]
    public async Task A_feed_is_created_once_per_key_ingested_and_polled_to_completion_and_its_password_never_comes_back()
    {
        var input = FeedInput("Polled feed " + Guid.NewGuid().ToString("N")[..8]);
        var first = await fixture.QueryAsync(SandboxDemoUsers.Business, CreateFeed, new { input });
        var again = await fixture.QueryAsync(SandboxDemoUsers.Business, CreateFeed, new { input });

        first.ShouldHaveNoErrors();
        first.At("data.createCatalogFeed.errors").GetArrayLength().ShouldBe(0, first.ToString());
        first.ToString().ShouldNotContain(Password);
        var feed = first.At("data.createCatalogFeed.feed");
        feed.GetProperty("hasCredentials").GetBoolean().ShouldBeTrue();
        // Pinterest's retail feed answer carries no catalog_id (the hotel and creative-assets ones do).
        feed.GetProperty("catalog").ValueKind.ShouldBe(JsonValueKind.Null);
        again.At("data.createCatalogFeed.replayed").GetBoolean().ShouldBeTrue();
        var id = feed.GetProperty("pinterestId").GetString();

        var ingest = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""mutation { ingestCatalogFeed(input: { feedId: "{{id}}" }) { feedId status processingResultId errors { __typename } } }""");
        ingest.At("data.ingestCatalogFeed.status").GetString().ShouldBe("PROCESSING");
        var poll = $$"""{ catalogFeed(id: "{{id}}") { name hasCredentials processingResults(first: 1) { nodes { pinterestId status ingestedItems } } } }""";
        var polled = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var body = await fixture.QueryAsync(SandboxDemoUsers.Business, poll);
            body.ToString().ShouldNotContain(Password);
            polled.Add(body.At("data.catalogFeed.processingResults.nodes")[0].GetProperty("status").GetString());
        }

        polled.ShouldBe(["PROCESSING", "COMPLETED", "COMPLETED"]);

        var cleared = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
            mutation { updateCatalogFeed(input: { feedId: "{{id}}", catalogType: RETAIL, credentials: null, defaultAvailability: null, status: INACTIVE }) { feed { hasCredentials status defaultAvailability } errors { __typename } } }
            """);
        cleared.ShouldHaveNoErrors();
        cleared.At("data.updateCatalogFeed.feed.hasCredentials").GetBoolean().ShouldBeFalse();
        cleared.At("data.updateCatalogFeed.feed.status").GetString().ShouldBe("INACTIVE");

        var deleted = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""mutation { deleteCatalogFeed(input: { feedId: "{{id}}" }) { deletedCatalogFeedId errors { __typename } } }""");
        deleted.At("data.deleteCatalogFeed.deletedCatalogFeedId").GetString().ShouldNotBeNull();
        var gone = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ catalogFeed(id: "{{id}}") { name } }""");
        gone.GetProperty("errors")[0].At("extensions.code").GetString().ShouldBe("NOT_FOUND");
    }

    [Fact]
    public async Task Another_users_feed_cannot_be_ingested_updated_or_deleted()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
            mutation {
              i: ingestCatalogFeed(input: { feedId: "{{PinnerFeed}}" }) { status errors { __typename ... on UserError { code } } }
              u: updateCatalogFeed(input: { feedId: "{{PinnerFeed}}", catalogType: RETAIL, name: "mine" }) { feed { name } errors { __typename ... on UserError { code } } }
              d: deleteCatalogFeed(input: { feedId: "{{PinnerFeed}}" }) { deletedCatalogFeedId errors { __typename ... on UserError { code } } }
            }
            """);

        foreach (var alias in new[] { "i", "u", "d" })
        {
            body.At($"data.{alias}.errors")[0].GetProperty("code").GetString().ShouldBe("NOT_FOUND", alias);
        }

        var still = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ catalogFeed(id: "{{PinnerFeed}}") { name } }""");
        still.At("data.catalogFeed.name").GetString().ShouldBe("Corner shop feed");
    }

    /// <summary>
    /// The hotel feed's completed processing lists its three items with issues (the feed is not loaded: 1
    /// feed_processing_results/list + 1 items_issues/list), paged, and the estimate covers the calls.
    /// </summary>
    [Fact]
    public async Task Item_issues_of_a_processing_result_are_paged_and_their_calls_estimated()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, """
            { catalogFeed(id: "98200000000000002") { processingResults(first: 1) { nodes {
              itemIssues(first: 2) { nodes { itemNumber itemId errors { code attributeName providedValue } warnings { code } } pageInfo { hasNextPage } } } } } }
            """);

        answer.Codes.ShouldBeEmpty();
        var issues = answer.Body.At("data.catalogFeed.processingResults.nodes")[0].GetProperty("itemIssues");
        issues.GetProperty("nodes").EnumerateArray().Select(i => i.GetProperty("itemNumber").GetInt32()).ShouldBe([3, 11]);
        issues.GetProperty("nodes")[0].GetProperty("itemId").GetString().ShouldBe("SKU-002-03");
        var error = issues.GetProperty("nodes")[0].GetProperty("errors")[0];
        (error.GetProperty("code").GetString(), error.GetProperty("attributeName").GetString()).ShouldBe(("TITLE_MISSING", "TITLE"));
        error.GetProperty("providedValue").ValueKind.ShouldBe(JsonValueKind.Null);
        issues.At("pageInfo.hasNextPage").GetBoolean().ShouldBeTrue();
        answer.UpstreamCalls.ShouldBe(2);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo(2);
    }

    /// <summary>A processing result is reached only through its feed; the sandbox refuses another user's by ID as Pinterest does (404).</summary>
    [Fact]
    public async Task Another_users_processing_result_has_no_item_issues_for_you()
    {
        const string pinners = "98300000000000004";

        var refused = await Should.ThrowAsync<GraphApi.Pinterest.Errors.PinterestNotFoundException>(() =>
            fixture.AsUserAsync(SandboxDemoUsers.Business, c => c.Catalogs.ListItemIssuesAsync(pinners)));
        var own = await fixture.AsUserAsync(SandboxDemoUsers.Pinner, c => c.Catalogs.ListItemIssuesAsync(pinners));

        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        own.Items.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_report_is_polled_from_in_progress_to_a_download_url()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            mutation { createCatalogReport(input: { catalogType: RETAIL, reportType: FEED_INGESTION_ISSUES, feedId: "98200000000000001" }) { report { token status } errors { __typename } } }
            """);
        created.ShouldHaveNoErrors();
        var token = created.At("data.createCatalogReport.report.token").GetString();

        var poll = $$"""{ catalogReport(token: "{{token}}") { status url size } }""";
        var first = await fixture.QueryAsync(SandboxDemoUsers.Business, poll);
        var second = await fixture.QueryAsync(SandboxDemoUsers.Business, poll);
        var theirs = await fixture.QueryAsync(SandboxDemoUsers.Pinner, poll);

        first.At("data.catalogReport.status").GetString().ShouldBe("IN_PROGRESS");
        second.At("data.catalogReport.status").GetString().ShouldBe("FINISHED");
        second.At("data.catalogReport.url").GetString()!.ShouldContain("/files/catalog-reports/");
        theirs.At("data.catalogReport").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private static object FeedInput(string name) => new
    {
        catalogId = RetailCatalog,
        catalogType = "RETAIL",
        name,
        format = "CSV",
        location = "https://demo-studio.example/feeds/new.csv",
        defaultLocale = "en-US",
        defaultCountry = "US",
        defaultAvailability = "IN_STOCK",
        credentials = new { username = "bot", password = Password },
        idempotencyKey = Guid.NewGuid().ToString("N"),
    };
}
