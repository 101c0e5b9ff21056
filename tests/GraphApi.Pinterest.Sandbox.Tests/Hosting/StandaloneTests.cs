using System.Net;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Hosting;

/// <summary>The standalone emulator on real Kestrel: honours --urls and serves the API at the origin root like api.pinterest.com.</summary>
public sealed class StandaloneTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string DataDirectory => _temp.Path;

    [Fact]
    public async Task Standalone_listens_on_the_given_urls_and_serves_v5_at_the_root()
    {
        var app = SandboxStandalone.Build(["--urls", "http://127.0.0.1:0", "--Sandbox:DataDirectory", DataDirectory]);
        await using (app)
        {
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single() + "/") };

            using var api = await http.GetAsync(new Uri("v5/user_account", UriKind.Relative));
            using var consent = await http.GetAsync(new Uri("oauth/?client_id=sandbox-client&redirect_uri=http://127.0.0.1/cb&response_type=code&scope=boards:read", UriKind.Relative));
            using var image = await http.GetAsync(new Uri("media/img/10x10/E60023.png", UriKind.Relative));

            api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await api.JsonAsync()).Code().ShouldBe(2);
            consent.StatusCode.ShouldBe(HttpStatusCode.OK);
            image.StatusCode.ShouldBe(HttpStatusCode.OK);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task RunAsync_stops_cleanly_when_cancelled()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        var exitCode = await SandboxStandalone.RunAsync(["--urls", "http://127.0.0.1:0", "--Sandbox:DataDirectory", DataDirectory], stop.Token);

        exitCode.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_reports_invalid_configuration_with_exit_code_1()
    {
        var exitCode = await SandboxStandalone.RunAsync(["--urls", "http://127.0.0.1:0", "--Sandbox:DataDirectory", DataDirectory, "--Sandbox:ClientId", ""]);

        exitCode.ShouldBe(1);
    }

    public void Dispose() => _temp.Dispose();
}
