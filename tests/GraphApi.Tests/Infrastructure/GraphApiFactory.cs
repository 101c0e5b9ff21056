using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// The real host, in the Production environment so error masking is what users get, with its own data folder
/// and a test signing key. <see cref="WebApplicationFactory{T}.CreateClient()"/> clients carry a bearer token
/// for "test-user"; <see cref="CreateAnonymousClient"/> ones carry none. In sandbox mode the host starts from a copy of
/// one seeded sandbox database (<see cref="SeededSandboxTemplate"/>) rather than creating and seeding its own.
/// </summary>
public class GraphApiFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "graphapi-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseEnvironment("Production")
        .UseSetting("Storage:DataDirectory", DataDirectory)
        .UseSetting("Authentication:Issuer", TestTokens.Issuer)
        .UseSetting("Authentication:Audience", TestTokens.Audience)
        .UseSetting("Authentication:SigningKey", TestTokens.SigningKey)
        // Each host gets a copy of one seeded sandbox database instead of creating and seeding its own.
        .ConfigureTestServices(SeededSandboxCopy.AddTo);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create());
    }

    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
