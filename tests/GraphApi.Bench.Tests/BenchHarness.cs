using System.Net;
using System.Text.Json;
using System.Web;
using GraphApi.Bench.Baseline;
using GraphApi.Bench.StaticUpstream;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Bench.Tests;

/// <summary>
/// The benchmark's three parts in this process: the static upstream and the baseline on Kestrel (127.0.0.1, free
/// ports), the gateway in memory in live mode against the upstream, and one caller connected through the real OAuth
/// flow (connectPinterest, /integration-callback, completePinterestConnection, the code exchanged at the upstream's
/// token endpoint). Started one after another: the test host factory captures the next host built in the process.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes collection fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BenchHarness : IAsyncLifetime
{
    public const string CallerId = "bench-caller";

    private WebApplication? _upstream;
    private WebApplication? _baseline;
    private LiveGatewayFactory? _gateway;

    public Uri UpstreamUrl { get; private set; } = null!;

    public HttpClient Upstream { get; private set; } = null!;

    public HttpClient Baseline { get; private set; } = null!;

    /// <summary>The gateway, as the connected caller.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _upstream = StaticUpstreamApp.Build(["--urls", "http://127.0.0.1:0"]);
        await _upstream.StartAsync();
        UpstreamUrl = new Uri(_upstream.Urls.Single());
        Upstream = new HttpClient { BaseAddress = UpstreamUrl };

        _gateway = new LiveGatewayFactory(new Uri(UpstreamUrl, "/v5"));
        Gateway = _gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Gateway.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(CallerId));
        await ConnectAsync();

        _baseline = BaselineApp.Build(["--urls", "http://127.0.0.1:0", "--Upstream:BaseUrl", new Uri(UpstreamUrl, "/v5").AbsoluteUri, "--Upstream:AccessToken", BenchCredentials.AccessToken]);
        await _baseline.StartAsync();
        Baseline = new HttpClient { BaseAddress = new Uri(_baseline.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Upstream?.Dispose();
        Baseline?.Dispose();
        Gateway?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        foreach (var app in new[] { _baseline, _upstream })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>The call log since the last <see cref="ResetCallsAsync"/>, read over the admin endpoint as the runner reads it.</summary>
    public async Task<JsonElement> ReadCallsAsync() => JsonDocument.Parse(await Upstream.GetStringAsync(new Uri("/_bench/calls", UriKind.Relative))).RootElement;

    /// <summary>Clears the call log and sets the upstream's latency: waves need some (see InjectedLatency), counts do not.</summary>
    public async Task ResetCallsAsync(int latencyMs = 0)
    {
        using var response = await Upstream.PostAsync(new Uri($"/_bench/reset?latency-ms={latencyMs}", UriKind.Relative), null);
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    public static string Document(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", name));

    public async Task<JsonElement> QueryGatewayAsync(string query, object? variables = null)
    {
        using var response = await Gateway.SendAsync(GraphQLHttp.PostQuery(query, variables));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    private async Task ConnectAsync()
    {
        var started = await QueryGatewayAsync("mutation { connectPinterest(input: {returnUrl: \"/done\"}) { authorizationUrl } }");
        var authorizationUrl = new Uri(started.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!);
        var state = HttpUtility.ParseQueryString(authorizationUrl.Query)["state"];

        // What Pinterest's consent page does after approval: redirect to the callback with a code and the state.
        using var callback = await Gateway.GetAsync(new Uri($"/integration-callback?code=bench-code&state={Uri.EscapeDataString(state!)}", UriKind.Relative));
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = callback.Headers.Location!.OriginalString;
        var completion = HttpUtility.ParseQueryString(location.Split('?', 2)[1])["completion"];

        var completed = await QueryGatewayAsync(
            "mutation($c: String!) { completePinterestConnection(input: {completion: $c}) { connection { status } errors { __typename } } }",
            new { c = completion });
        completed.GetProperty("data").GetProperty("completePinterestConnection").GetProperty("connection").GetProperty("status").GetString().ShouldBe("CONNECTED");
    }
}
