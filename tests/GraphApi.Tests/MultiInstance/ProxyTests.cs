using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Proxy;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.MultiInstance;

/// <summary>
/// deploy/Proxy in front of two stand-in instances that echo what reached them: round robin, the headers the gateway
/// relies on, a dead or unready instance left out, bad settings, and what its log never holds. No servers needed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class ProxyTests : IAsyncLifetime
{
    private readonly EchoInstance _one = new("one");
    private readonly EchoInstance _two = new("two");
    private readonly CapturedLogs _logs = new();
    private WebApplication _proxy = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _one.StartAsync();
        await _two.StartAsync();
        _proxy = ProxyApp.Build(
            ["--urls", "http://127.0.0.1:0", "--Proxy:Destinations:0", _one.Origin, "--Proxy:Destinations:1", _two.Origin, "--Proxy:HealthCheckInterval", "00:00:00.200", "--Proxy:ReactivationPeriod", "00:00:30"],
            logging => logging.AddProvider(_logs));
        await _proxy.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_proxy.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _proxy.DisposeAsync();
        await _one.DisposeAsync();
        await _two.DisposeAsync();
    }

    [Fact]
    public async Task Requests_alternate_between_instances_with_the_callers_authorization_host_and_true_forwarded_headers()
    {
        var seen = new List<JsonElement>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "caller-token");
            // A client cannot claim another address or scheme: the proxy is the edge and replaces these.
            request.Headers.Add("X-Forwarded-For", "203.0.113.66");
            request.Headers.Add("X-Forwarded-Proto", "https");
            using var response = await _client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            seen.Add(await response.ReadJsonAsync());
        }

        seen.Select(s => s.Text("instance")).ShouldBe(["one", "two", "one", "two", "one", "two"], ignoreOrder: false);
        foreach (var echo in seen)
        {
            echo.Text("authorization").ShouldBe("Bearer caller-token");
            echo.Text("host").ShouldBe(_client.BaseAddress!.Authority);
            echo.Text("path").ShouldBe("/graphql?query=%7B__typename%7D");
            echo.Text("forwardedFor").ShouldBe("127.0.0.1");
            echo.Text("forwardedProto").ShouldBe("http");
            echo.Text("forwardedHost").ShouldBe(_client.BaseAddress!.Authority);
        }
    }

    [Fact]
    public async Task An_instance_that_stops_is_left_out_and_every_later_request_succeeds_on_the_other()
    {
        await _two.DisposeAsync();

        // Until the proxy notices (a refused request, or two failed probes), a request may still go to the dead one.
        await EventuallyAsync(async () => (await Instances(8)).All(i => i == "one"));

        (await Instances(10)).ShouldAllBe(i => i == "one");
    }

    [Fact]
    public async Task An_unready_instance_gets_no_requests_until_its_readiness_recovers()
    {
        _two.Ready = false;
        await EventuallyAsync(async () => (await Instances(6)).All(i => i == "one"));
        (await Instances(10)).ShouldAllBe(i => i == "one");

        _two.Ready = true;
        await EventuallyAsync(async () => (await Instances(6)).Contains("two"));
    }

    [Fact]
    public async Task Request_lines_with_an_oauth_code_and_state_stay_out_of_the_proxys_log()
    {
        using var response = await _client.GetAsync("/integration-callback?code=secret-code-1234&state=secret-state-5678");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var log = string.Join('\n', _logs.Lines);
        log.ShouldNotContain("secret-code-1234");
        log.ShouldNotContain("secret-state-5678");
    }

    [Theory]
    [InlineData(new string[0], "Proxy:Destinations needs at least one gateway origin")]
    [InlineData(new[] { "--Proxy:Destinations:0", "http://admin:hunter2@127.0.0.1:5001" }, "Proxy:Destinations:0 must be an http(s) origin without a path")]
    [InlineData(new[] { "--Proxy:Destinations:0", "http://127.0.0.1:5001/graphql" }, "Proxy:Destinations:0 must be an http(s) origin without a path")]
    [InlineData(new[] { "--Proxy:Destinations:0", "ftp://127.0.0.1" }, "Proxy:Destinations:0 must be an http(s) origin")]
    [InlineData(new[] { "--Proxy:Destinations:0", "http://127.0.0.1:5001", "--Proxy:HealthCheckPath", "health" }, "Proxy:HealthCheckPath must be a path")]
    [InlineData(new[] { "--Proxy:Destinations:0", "http://127.0.0.1:5001", "--Proxy:HealthCheckInterval", "00:00:00" }, "Proxy:HealthCheckInterval must be between")]
    public void Bad_settings_stop_the_start_naming_the_setting_and_never_echoing_a_password(string[] args, string message)
    {
        var refused = Should.Throw<ProxyConfigurationException>(() => ProxyApp.Build(["--urls", "http://127.0.0.1:0", .. args]));

        refused.Message.ShouldContain(message);
        refused.Message.ShouldNotContain("hunter2");
    }

    private async Task<List<string>> Instances(int requests)
    {
        var instances = new List<string>();
        for (var i = 0; i < requests; i++)
        {
            using var response = await _client.GetAsync("/graphql");
            instances.Add(response.IsSuccessStatusCode ? (await response.ReadJsonAsync()).Text("instance")! : $"HTTP {(int)response.StatusCode}");
        }

        return instances;
    }

    /// <summary>Polls a condition for at most 30 s: long enough for a loaded CI machine, and the test asserts no timing.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the proxy never settled");
            await Task.Delay(100);
        }
    }

    /// <summary>A stand-in gateway instance: answers every path with what reached it, and /health/ready as told.</summary>
    private sealed class EchoInstance(string name) : IAsyncDisposable
    {
        private WebApplication? _app;

        public string Origin { get; private set; } = "";

        public volatile bool Ready = true;

        public async Task StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _app = builder.Build();
            _app.MapGet("/health/ready", () => Ready ? Results.Ok() : Results.StatusCode(503));
            _app.Map("/{**path}", (HttpRequest request) => Results.Json(new Dictionary<string, string?>
            {
                ["instance"] = name,
                ["path"] = request.Path + request.QueryString,
                ["host"] = request.Host.Value,
                ["authorization"] = request.Headers.Authorization.ToString(),
                ["forwardedFor"] = request.Headers["X-Forwarded-For"].ToString(),
                ["forwardedProto"] = request.Headers["X-Forwarded-Proto"].ToString(),
                ["forwardedHost"] = request.Headers["X-Forwarded-Host"].ToString(),
            }));
            await _app.StartAsync();
            Origin = _app.Urls.Single();
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is { } app)
            {
                _app = null;
                await app.DisposeAsync();
            }
        }
    }
}
