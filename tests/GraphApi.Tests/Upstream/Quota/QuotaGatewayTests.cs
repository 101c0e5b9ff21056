using System.Globalization;
using System.Net;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Http.RateLimiting;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Upstream.Quota;

/// <summary>
/// Pinterest's quota through the gateway: tracked from every answer, shown in <c>pinterestConnection.quota</c> and
/// <c>extensions.pinterestQuota</c>, and refusing (429 RATE_LIMITED, no Pinterest call) what certainly cannot fit.
/// </summary>
[Collection(QuotaSandboxTests.Name)]
public sealed class QuotaGatewayTests(QuotaSandboxFixture fixture) : IAsyncLifetime
{
    private const string Me = "{ me { username } }";
    private const string QuotaField = "{ pinterestConnection { quota { category limit remaining resetAt observedAt } } }";

    public Task InitializeAsync()
    {
        fixture.StartAfresh();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        fixture.Faults.Clear();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_field_and_the_extension_show_the_last_values_pinterest_sent()
    {
        var (_, before) = await fixture.SendAsync(SandboxDemoUsers.Business, QuotaField);
        var stale = before.GetProperty("data").GetProperty("pinterestConnection").GetProperty("quota");
        // Readings of earlier tests are out of date (the clock moved past every window); none is current.
        stale.EnumerateArray().ShouldAllBe(q => q.GetProperty("resetAt").GetDateTime() < fixture.Clock.GetUtcNow().UtcDateTime);
        before.TryGetProperty("extensions", out _).ShouldBeFalse();

        var now = fixture.Clock.GetUtcNow();
        var (response, body) = await fixture.SendAsync(SandboxDemoUsers.Business, Me);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var extension = body.GetProperty("extensions").GetProperty("pinterestQuota");
        extension.GetProperty("category").GetString().ShouldBe("org_read");
        extension.GetProperty("limit").GetInt32().ShouldBe(10_000);
        extension.GetProperty("remaining").GetInt32().ShouldBe(9_999);
        ResetAt(extension).ShouldBe(now.AddSeconds(60));

        var (_, after) = await fixture.SendAsync(SandboxDemoUsers.Business, QuotaField);
        var read = after.GetProperty("data").GetProperty("pinterestConnection").GetProperty("quota").EnumerateArray()
            .Single(q => q.GetProperty("category").GetString() == "org_read");
        read.GetProperty("limit").GetInt32().ShouldBe(10_000);
        read.GetProperty("remaining").GetInt32().ShouldBe(9_999);
        ResetAt(read).ShouldBe(now.AddSeconds(60));
        read.GetProperty("observedAt").GetDateTimeOffset().ShouldBe(now);
        // Reading the field calls no Pinterest: no extension.
        after.TryGetProperty("extensions", out _).ShouldBeFalse();

        // The extension names the category with the lowest remaining among those the operation used.
        fixture.Faults.Apply(new SandboxFaultSettings { RateLimit = 50, OperationIds = ["user_account/analytics"] });
        var (_, both) = await fixture.SendAsync(SandboxDemoUsers.Business, "{ me { username analytics { summary { metric } } } }");
        var lowest = both.GetProperty("extensions").GetProperty("pinterestQuota");
        lowest.GetProperty("category").GetString().ShouldBe("org_analytics");
        lowest.GetProperty("remaining").GetInt32().ShouldBe(49);
    }

    [Fact]
    public async Task After_n_calls_under_the_sandboxs_limit_the_next_request_fails_fast_until_the_window_resets()
    {
        fixture.Faults.Apply(new SandboxFaultSettings { RateLimit = 3, RateLimitWindowSeconds = 60 });
        for (var i = 0; i < 3; i++)
        {
            var (ok, _) = await fixture.SendAsync(SandboxDemoUsers.Pinner, Me);
            ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        fixture.Counters.Reset();
        var (refused, body) = await fixture.SendAsync(SandboxDemoUsers.Pinner, Me);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        body.TryGetProperty("data", out _).ShouldBeFalse();
        body.FirstErrorCode().ShouldBe("RATE_LIMITED");
        var retryAfter = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32();
        retryAfter.ShouldBe(60);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(60));
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);

        // Another user's quota is theirs.
        var (other, otherBody) = await fixture.SendAsync(SandboxDemoUsers.Curator, Me);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        otherBody.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Curator);

        // Operations without Pinterest calls are never refused.
        var (free, _) = await fixture.SendAsync(SandboxDemoUsers.Pinner, "{ gateway { version } }");
        free.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Past the reset the reading is void and Pinterest decides again.
        fixture.Clock.Advance(TimeSpan.FromSeconds(61));
        fixture.Counters.Reset();
        var (passed, passedBody) = await fixture.SendAsync(SandboxDemoUsers.Pinner, Me);
        passed.StatusCode.ShouldBe(HttpStatusCode.OK);
        passedBody.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Pinner);
        fixture.Counters.CountOf("user_account/get").ShouldBe(1);
    }

    [Fact]
    public async Task An_estimate_above_what_is_left_is_let_through_and_refused_once_nothing_is_left()
    {
        fixture.Faults.Apply(new SandboxFaultSettings { RateLimit = 11, RateLimitWindowSeconds = 60 });
        var (first, firstBody) = await fixture.SendAsync(SandboxDemoUsers.Curator, Me);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        firstBody.GetProperty("extensions").GetProperty("pinterestQuota").GetProperty("remaining").GetInt32().ShouldBe(10);

        // The estimate is an upper bound, so 30 against 10 left is not certain to fail: Pinterest decides per call.
        fixture.Counters.Reset();
        var (over, overBody) = await fixture.SendAsync(SandboxDemoUsers.Curator, RateLimitSandboxFixture.WithCalls(Me, 29));
        over.StatusCode.ShouldBe(HttpStatusCode.OK);
        overBody.GetProperty("data").GetProperty("me").ValueKind.ShouldNotBe(JsonValueKind.Undefined);
        fixture.Counters.Snapshot().Values.Sum().ShouldBeGreaterThanOrEqualTo(10);
        overBody.GetProperty("extensions").GetProperty("pinterestQuota").GetProperty("remaining").GetInt32().ShouldBe(0);

        // Nothing left: certain to fail, refused without a call, even for one call.
        fixture.Counters.Reset();
        var (refused, refusedBody) = await fixture.SendAsync(SandboxDemoUsers.Curator, Me);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refusedBody.FirstErrorCode().ShouldBe("RATE_LIMITED");
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task A_429_from_pinterest_on_a_write_makes_the_next_write_fail_fast_while_reads_still_pass()
    {
        const string Create = "mutation { createBoard(input: { name: \"Quota\" }) { board { id } errors { __typename ... on RateLimitedError { code retryAfter } } } }";
        fixture.Faults.Apply(new SandboxFaultSettings { RateLimit = 0, RateLimitWindowSeconds = 90, OperationIds = ["boards/create"] });

        var (first, firstBody) = await fixture.SendAsync(SandboxDemoUsers.Pinner, Create);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var error = firstBody.GetProperty("data").GetProperty("createBoard").GetProperty("errors")[0];
        error.GetProperty("code").GetString().ShouldBe("RATE_LIMITED");
        fixture.Counters.CountOf("boards/create").ShouldBe(1);

        fixture.Counters.Reset();
        var (refused, refusedBody) = await fixture.SendAsync(SandboxDemoUsers.Pinner, Create);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refusedBody.FirstErrorCode().ShouldBe("RATE_LIMITED");
        refusedBody.GetProperty("errors")[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32().ShouldBe(90);
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);

        // org_read is another quota: reads are not refused.
        var (read, _) = await fixture.SendAsync(SandboxDemoUsers.Pinner, Me);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Counters.CountOf("user_account/get").ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_requests_of_one_user_leave_the_lowest_remaining_and_never_another_users_entry()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => fixture.SendAsync(SandboxDemoUsers.Business, Me)));
        results.ShouldAllBe(r => r.Response.StatusCode == HttpStatusCode.OK);

        var (_, after) = await fixture.SendAsync(SandboxDemoUsers.Business, QuotaField);
        var read = after.GetProperty("data").GetProperty("pinterestConnection").GetProperty("quota").EnumerateArray()
            .Single(q => q.GetProperty("category").GetString() == "org_read");
        read.GetProperty("remaining").GetInt32().ShouldBe(10_000 - 20);

        var (_, curator) = await fixture.SendAsync(SandboxDemoUsers.Curator, QuotaField);
        curator.GetProperty("data").GetProperty("pinterestConnection").GetProperty("quota").EnumerateArray()
            .ShouldAllBe(q => q.GetProperty("resetAt").GetDateTime() < fixture.Clock.GetUtcNow().UtcDateTime);
    }

    private static DateTimeOffset ResetAt(JsonElement quota) =>
        DateTimeOffset.Parse(quota.GetProperty("resetAt").GetString()!, CultureInfo.InvariantCulture);
}
