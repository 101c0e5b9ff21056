using System.Net;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Http.RateLimiting;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Execution.Budget;

/// <summary>
/// The per-caller budget of estimated upstream calls, charged before execution: a refusal is 429 and makes no
/// Pinterest call. The budget holds 60 calls and refills 1 per minute, so every test meets exactly what it spent.
/// Each request is charged the cost analysis's real estimate (documents built by <see cref="RateLimitSandboxFixture.WithCalls"/>).
/// </summary>
[Collection(RateLimitSandboxTests.Name)]
public sealed class UpstreamBudgetTests(RateLimitSandboxFixture fixture)
{
    private const string Me = "{ me { username } }";
    private const string Free = "{ gateway { version } }";

    [Fact]
    public async Task The_budget_refuses_with_429_before_any_upstream_call_and_another_caller_is_unaffected()
    {
        using var business = fixture.ClientFor(SandboxDemoUsers.Business);
        for (var i = 0; i < 2; i++)
        {
            var (ok, okBody) = await RateLimitSandboxFixture.SendAsync(business, Me, extraCalls: 29);
            ok.StatusCode.ShouldBe(HttpStatusCode.OK);
            okBody.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Business);
            ok.Dispose();
        }

        fixture.Counters.Reset();
        var (refused, body) = await RateLimitSandboxFixture.SendAsync(business, Me, extraCalls: 29);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeGreaterThan(0);
        body.TryGetProperty("data", out _).ShouldBeFalse();
        body.FirstErrorCode().ShouldBe("RATE_LIMITED");
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32().ShouldBe(retryAfter);
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
        refused.Dispose();

        using var curator = fixture.ClientFor(SandboxDemoUsers.Curator);
        var (other, otherBody) = await RateLimitSandboxFixture.SendAsync(curator, Me, extraCalls: 29);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        otherBody.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Curator);
        fixture.Counters.CountOf("user_account/get").ShouldBe(1);
        fixture.Counters.CountOf("boards/get").ShouldBe(29);
        other.Dispose();

        // An operation that makes no upstream call is never refused by this budget.
        var (free, freeBody) = await RateLimitSandboxFixture.SendAsync(business, Free);
        free.StatusCode.ShouldBe(HttpStatusCode.OK);
        freeBody.TryGetProperty("errors", out _).ShouldBeFalse();
        free.Dispose();
    }

    [Fact]
    public async Task The_same_sub_in_another_tenant_has_its_own_budget()
    {
        using var home = fixture.ClientFor("tenant-sub", tenantId: "tenant-a");
        using var away = fixture.ClientFor("tenant-sub", tenantId: "tenant-b");

        (await StatusAsync(home, UpstreamBurst)).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(home, 1)).ShouldBe(HttpStatusCode.TooManyRequests);
        (await StatusAsync(away, UpstreamBurst)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_requests_cannot_overspend_the_budget()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var client = fixture.ClientFor("concurrent-sub");
            return await StatusAsync(client, 25);
        }));

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(2);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(8);
    }

    [Fact]
    public async Task A_batch_cannot_spend_beyond_the_budget_each_operation_is_charged()
    {
        using var client = fixture.ClientFor("batch-sub");
        var operation = new { query = RateLimitSandboxFixture.WithCalls(Free, 25) };
        using var request = GraphQLHttp.Post(JsonSerializer.Serialize(new[] { operation, operation, operation }));

        using var response = await client.SendAsync(request);
        var results = (await response.ReadJsonAsync()).EnumerateArray().ToList();

        // batch-sub has no Pinterest connection: the first two run (their lookups answer PINTEREST_NOT_CONNECTED).
        results.Count.ShouldBe(3);
        results[0].GetProperty("data").GetProperty("gateway").ValueKind.ShouldBe(JsonValueKind.Object);
        results[1].GetProperty("data").GetProperty("gateway").ValueKind.ShouldBe(JsonValueKind.Object);
        results[2].FirstErrorCode().ShouldBe("RATE_LIMITED");
        int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        results[2].TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_document_refused_by_validation_spends_nothing()
    {
        using var client = fixture.ClientFor("invalid-sub");

        var (invalid, body) = await RateLimitSandboxFixture.SendAsync(client, "{ noSuchField }", extraCalls: UpstreamBurst);
        body.FirstErrorCode().ShouldNotBe("RATE_LIMITED");
        invalid.Dispose();

        (await StatusAsync(client, UpstreamBurst)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_estimate_above_the_budget_size_takes_the_whole_budget_instead_of_failing_forever()
    {
        using var client = fixture.ClientFor("huge-sub");

        // 90 calls: within the per-request cost budget (100) and above this caller's whole bucket (60).
        (await StatusAsync(client, 90)).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(client, 1)).ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private const int UpstreamBurst = RateLimitSandboxFixture.UpstreamBurst;

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, int estimatedCalls)
    {
        var (response, _) = await RateLimitSandboxFixture.SendAsync(client, Free, estimatedCalls);
        using (response)
        {
            return response.StatusCode;
        }
    }
}
