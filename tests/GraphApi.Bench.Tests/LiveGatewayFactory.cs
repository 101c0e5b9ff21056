using GraphApi.Bench.StaticUpstream;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Bench.Tests;

/// <summary>
/// The real gateway host (in memory) in live mode against the static upstream: Upstream:Mode=Pinterest, the bench OAuth
/// app's id and secret, the upstream's API base URL, caller JWTs signed with the test key, its own data folder.
/// </summary>
public sealed class LiveGatewayFactory(Uri upstreamApi) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "graphapi-bench-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseEnvironment("Production")
        .UseSetting("Storage:DataDirectory", DataDirectory)
        .UseSetting("Authentication:Issuer", TestTokens.Issuer)
        .UseSetting("Authentication:Audience", TestTokens.Audience)
        .UseSetting("Authentication:SigningKey", TestTokens.SigningKey)
        .UseSetting("Upstream:Mode", "Pinterest")
        .UseSetting("Pinterest:ClientId", BenchCredentials.ClientId)
        .UseSetting("Pinterest:ClientSecret", BenchCredentials.ClientSecret)
        .UseSetting("Pinterest:RedirectUri", "http://localhost/integration-callback")
        .UseSetting("Pinterest:ApiBaseUrl", upstreamApi.AbsoluteUri)
        .UseSetting("Pinterest:AuthorizationUrl", new Uri(upstreamApi, "/oauth/").AbsoluteUri);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
