using System.Net.Http.Headers;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.MultiInstance;

/// <summary>
/// One gateway instance of the cluster: the real host on Kestrel at a fixed port (a restart comes back where the proxy
/// expects it), in the Production environment, with the cluster's shared settings and a data folder of its own that
/// is thrown away with it, so whatever survives a restart was shared, not local.
/// </summary>
public sealed class GatewayInstance : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public GatewayInstance(string name, int port, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        Origin = new Uri($"http://127.0.0.1:{port}/");
        _settings = settings;
        UseKestrel(port);
    }

    public string Name { get; }

    public Uri Origin { get; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "graphapi-tests", "instance-" + Guid.NewGuid().ToString("N"));

    public CapturedLogs Logs { get; } = new();

    public override string ToString() => Name;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production")
            .UseSetting("Storage:DataDirectory", DataDirectory)
            .ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Starts the server (once) and answers a client for <paramref name="caller"/> over real HTTP, redirects not followed.</summary>
    public HttpClient ClientFor(string caller)
    {
        StartServer();
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Origin };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(caller));
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
