using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Bench.StaticUpstream;

namespace GraphApi.Bench.Tests;

/// <summary>What the runner and the gateway rely on: the bearer check, paging with fixed ids, the token grants, the admin endpoints.</summary>
[Collection(BenchHarnessDefinition.Name)]
public sealed class StaticUpstreamBehaviourTests(BenchHarness harness)
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic YmVuY2gtY2xpZW50LWlkOmJlbmNoLWNsaWVudC1zZWNyZXQ=")]
    public async Task Pinterest_calls_without_the_issued_bearer_are_401_and_still_counted(string? authorization)
    {
        await harness.ResetCallsAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/v5/user_account", UriKind.Relative));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await harness.Upstream.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("bench-");
        (await harness.ReadCallsAsync()).GetProperty("calls").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Boards_page_by_bookmark_through_all_fixed_ids_and_the_last_page_has_no_bookmark()
    {
        var ids = new List<string>();
        string? bookmark = null;
        var pages = 0;
        do
        {
            var page = await GetAsync("/v5/boards?page_size=25" + (bookmark is null ? "" : "&bookmark=" + bookmark));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("id").GetString()!));
            bookmark = page.GetProperty("bookmark").ValueKind == JsonValueKind.String ? page.GetProperty("bookmark").GetString() : null;
            pages++;
        }
        while (bookmark is not null && pages < 10);

        pages.ShouldBe(2);
        ids.Count.ShouldBe(BenchData.BoardCount);
        ids.Distinct().Count().ShouldBe(BenchData.BoardCount);
        ids[0].ShouldBe(BenchData.FirstBoardId);
        bookmark.ShouldBeNull();
        (await GetAsync("/v5/boards?page_size=25")).GetRawText().ShouldBe((await GetAsync("/v5/boards")).GetRawText());
    }

    [Theory]
    [InlineData("/v5/boards?page_size=0", HttpStatusCode.BadRequest)]
    [InlineData("/v5/boards?page_size=251", HttpStatusCode.BadRequest)]
    [InlineData("/v5/boards?bookmark=not-ours", HttpStatusCode.BadRequest)]
    [InlineData("/v5/boards?bookmark=51", HttpStatusCode.BadRequest)]
    [InlineData("/v5/boards/999/pins", HttpStatusCode.NotFound)]
    [InlineData("/v5/boards/999", HttpStatusCode.NotFound)]
    [InlineData("/v5/pins/999/analytics?start_date=2026-11-01&end_date=2026-12-01&metric_types=SAVE", HttpStatusCode.NotFound)]
    [InlineData("/v5/pins/analytics?pin_ids=300000000000000001&start_date=2026-11-01&end_date=2026-12-01", HttpStatusCode.BadRequest)]
    public async Task Bad_parameters_and_unknown_ids_are_refused(string path, HttpStatusCode status)
    {
        using var response = await harness.Upstream.SendAsync(Authorized(HttpMethod.Get, path));

        response.StatusCode.ShouldBe(status);
    }

    [Fact]
    public async Task Multi_pin_analytics_refuses_more_than_100_pins()
    {
        var ids = string.Join('&', Enumerable.Range(0, 101).Select(i => "pin_ids=" + BenchData.PinId(i / 50, i % 50)));

        using var response = await harness.Upstream.SendAsync(Authorized(HttpMethod.Get, $"/v5/pins/analytics?{ids}&start_date=2026-11-01&end_date=2026-12-01&metric_types=SAVE"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("grant_type=authorization_code&code=x&redirect_uri=http%3A%2F%2Fa%2Fb", "wrong-secret", HttpStatusCode.Unauthorized)]
    [InlineData("grant_type=authorization_code&code=&redirect_uri=http%3A%2F%2Fa%2Fb", BenchCredentials.ClientSecret, HttpStatusCode.BadRequest)]
    [InlineData("grant_type=refresh_token&refresh_token=stolen", BenchCredentials.ClientSecret, HttpStatusCode.BadRequest)]
    [InlineData("grant_type=client_credentials", BenchCredentials.ClientSecret, HttpStatusCode.BadRequest)]
    public async Task The_token_endpoint_checks_the_client_and_the_grant(string form, string secret, HttpStatusCode status)
    {
        using var response = await new StaticUpstreamConformanceTests(harness).PostTokenAsync(form, secret);

        response.StatusCode.ShouldBe(status);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(BenchCredentials.AccessToken);
    }

    [Fact]
    public async Task Reset_refuses_a_bad_latency_and_keeps_counting()
    {
        await harness.ResetCallsAsync();
        await GetAsync("/v5/user_account");

        using var refused = await harness.Upstream.PostAsync(new Uri("/_bench/reset?latency-ms=-5", UriKind.Relative), null);
        using var tooLong = await harness.Upstream.PostAsync(new Uri("/_bench/reset?latency-ms=60001", UriKind.Relative), null);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var calls = await harness.ReadCallsAsync();
        calls.GetProperty("calls").GetInt32().ShouldBe(1);
        calls.GetProperty("byOperation").GetProperty("GET /v5/user_account").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void A_latency_out_of_range_stops_the_start_with_a_message_naming_the_setting()
    {
        var error = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => StaticUpstreamApp.Build(["--urls", "http://127.0.0.1:0", "--latency-ms", "-1"]));

        error.Message.ShouldContain("latency-ms must be between 0 and 60000.");
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await harness.Upstream.SendAsync(Authorized(HttpMethod.Get, path));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BenchCredentials.AccessToken);
        return request;
    }
}
