using System.Net;
using System.Net.Http.Headers;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Http.RateLimiting;

/// <summary>
/// The per-caller request budget (ASP.NET Core's rate limiter) on /graphql and the connect endpoints: a small
/// burst and the slowest refill (1/s), so a test that sends a dozen requests in a row must meet a refusal.
/// </summary>
public sealed class RequestRateLimitTests : IDisposable
{
    private const int Burst = 3;
    private const string Query = "{ gateway { version } }";

    private readonly GraphApiFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public RequestRateLimitTests() => _host = _factory.WithSettings(
        ("RateLimiting:RequestBurst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("RateLimiting:RequestsPerSecond", "1"),
        ("RateLimiting:CallbackBurst", "2"),
        ("RateLimiting:CallbackRequestsPerMinute", "1"));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_burst_beyond_the_budget_is_refused_with_429_retry_after_and_the_graphql_error_shape()
    {
        using var client = ClientFor("burst-user");

        var (successes, refused) = await SendUntilRefusedAsync(client, GraphQLHttp.GraphQLResponse);

        successes.ShouldBeGreaterThanOrEqualTo(Burst);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe(GraphQLHttp.GraphQLResponse);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 60);
        var body = await refused.ReadJsonAsync();
        body.TryGetProperty("data", out _).ShouldBeFalse();
        body.FirstErrorCode().ShouldBe("RATE_LIMITED");
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32().ShouldBe(retryAfter);
        refused.Dispose();
    }

    [Fact]
    public async Task A_refusal_keeps_the_legacy_media_type_for_application_json_clients()
    {
        using var client = ClientFor("legacy-user");

        var (_, refused) = await SendUntilRefusedAsync(client, accept: null);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await refused.ReadJsonAsync()).FirstErrorCode().ShouldBe("RATE_LIMITED");
        refused.Dispose();
    }

    [Fact]
    public async Task Another_caller_is_unaffected_while_one_is_refused()
    {
        using var noisy = ClientFor("noisy-user");
        using var quiet = ClientFor("quiet-user");

        var (_, refused) = await SendUntilRefusedAsync(noisy, accept: null);
        refused.Dispose();

        using var response = await quiet.SendAsync(GraphQLHttp.PostQuery(Query));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).TryGetProperty("errors", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Tenants_keep_separate_budgets_for_the_same_sub()
    {
        using var tenantA = ClientFor("shared-sub", tenantId: "tenant-a");
        using var tenantB = ClientFor("shared-sub", tenantId: "tenant-b");
        using var noTenant = ClientFor("shared-sub");

        var (_, refused) = await SendUntilRefusedAsync(tenantA, accept: null);
        refused.Dispose();

        using var fromB = await tenantB.SendAsync(GraphQLHttp.PostQuery(Query));
        fromB.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var fromNone = await noTenant.SendAsync(GraphQLHttp.PostQuery(Query));
        fromNone.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_connect_endpoint_spends_the_same_budget_as_graphql()
    {
        using var client = ClientFor("connect-user");

        var (_, refused) = await SendUntilRefusedAsync(client, accept: null);
        refused.Dispose();

        using var connect = await client.GetAsync("/integrations/pinterest/connect?returnUrl=/");
        connect.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        connect.Headers.Contains("Retry-After").ShouldBeTrue();
        (await connect.ReadJsonAsync()).FirstErrorCode().ShouldBe("RATE_LIMITED");
    }

    [Fact]
    public async Task Anonymous_requests_are_counted_per_client_address_and_do_not_spend_a_callers_budget()
    {
        using var anonymous = _host.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Burst + 12 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var response = await anonymous.SendAsync(GraphQLHttp.PostQuery(Query));
            statuses.Add(response.StatusCode);
        }

        statuses[0].ShouldBe(HttpStatusCode.Unauthorized);
        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
        using var caller = ClientFor("after-anonymous");
        using var ok = await caller.SendAsync(GraphQLHttp.PostQuery(Query));
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_oauth_callback_is_limited_per_client_address()
    {
        using var browser = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var response = await browser.GetAsync("/integration-callback?code=x&state=forged");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.Contains("Retry-After").ShouldBeTrue();
                (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("RATE_LIMITED");
            }
        }

        statuses.Take(2).ShouldAllBe(s => s != HttpStatusCode.TooManyRequests);
        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Switched_off_nothing_is_refused()
    {
        using var host = _factory.WithSettings(("RateLimiting:Enabled", "false"), ("RateLimiting:RequestBurst", "1"), ("RateLimiting:RequestsPerSecond", "1"));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("unlimited-user"));

        for (var i = 0; i < 10; i++)
        {
            using var response = await client.SendAsync(GraphQLHttp.PostQuery(Query));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData("RateLimiting:RequestBurst", "0")]
    [InlineData("RateLimiting:RequestsPerSecond", "-5")]
    [InlineData("RateLimiting:UpstreamCallsPerMinute", "0")]
    [InlineData("RateLimiting:CallbackBurst", "0")]
    public void A_bad_setting_stops_the_start_naming_it(string key, string value)
    {
        using var host = _factory.WithSettings((key, value));

        var error = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => host.CreateClient());

        error.Message.ShouldContain(key);
    }

    private HttpClient ClientFor(string userId, string? tenantId = null)
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(userId, tenantId));
        return client;
    }

    /// <summary>Sends the query until one is refused (the refill is 1/s, so a dozen requests always outrun it).</summary>
    private static async Task<(int Successes, HttpResponseMessage Refused)> SendUntilRefusedAsync(HttpClient client, string? accept)
    {
        var successes = 0;
        for (var i = 0; i < Burst + 12; i++)
        {
            var response = await client.SendAsync(GraphQLHttp.PostQuery(Query, accept: accept));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (successes, response);
            }

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Dispose();
            successes++;
        }

        throw new ShouldAssertException($"No request was refused after {successes} successes.");
    }
}
