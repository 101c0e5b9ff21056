using System.Net.Http.Headers;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Sandbox;

/// <summary>
/// The gateway in its default sandbox mode on real Kestrel (127.0.0.1, random port): the Pinterest client calls the
/// mounted emulator over HTTP exactly as it does under `dotnet run`.
/// </summary>
public sealed class SandboxGatewayFactory : GraphApiFactory
{
    private readonly (string Key, string Value)[] _settings;

    public SandboxGatewayFactory(params (string Key, string Value)[] settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    /// <summary>
    /// The sandbox as <c>dotnet run</c> starts it, with no Authentication settings: only then does it issue its own
    /// caller tokens (POST /sandbox/token, the IDE's token), which the demo app and the IDE rely on.
    /// </summary>
    public static SandboxGatewayFactory SelfIssuing(params (string Key, string Value)[] settings) =>
        new([("Authentication:SigningKey", ""), ("Authentication:Issuer", ""), .. settings]);

    public static string IdeAssetsFolder => RepositoryRoot.Combine("src", "GraphApi", "Ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    public ISandboxCallCounters Counters => Services.GetRequiredService<ISandboxCallCounters>();

    public CapturedLogs Logs { get; } = new();

    /// <summary>Test-only services added after the app's own (e.g. a recording handler on the Pinterest client).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The server's real address (starting it on first use).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        }
    }

    /// <summary>A client over real HTTP that, like a test of a browser flow needs, does not follow redirects itself.</summary>
    public HttpClient CreateBrowser() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Starts the server and connects the three demo users' sandbox Pinterest accounts.</summary>
    public async Task ConnectDemoUsersAsync()
    {
        _ = Address;
        foreach (var user in new[] { SandboxDemoUsers.Pinner, SandboxDemoUsers.Business, SandboxDemoUsers.Curator })
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(user, null, default);
        }
    }

    public HttpClient CreateClientFor(string userId)
    {
        var client = CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(userId));
        return client;
    }
}
