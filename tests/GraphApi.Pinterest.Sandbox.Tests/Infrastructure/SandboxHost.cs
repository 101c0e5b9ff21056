using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>
/// The sandbox mounted in a minimal in-memory host, as the gateway will mount it, over a private data folder.
/// Requests look local (loopback) unless <see cref="RemoteCaller"/> is set, so control endpoints are reachable.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    public const string PathBase = "/sandbox/pinterest";

    private readonly WebApplication _app;
    private readonly bool _ownsDirectory;

    private SandboxHost(WebApplication app, string dataDirectory, bool ownsDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>When set, requests appear to come from this address (for the loopback-only checks).</summary>
    public IPAddress? RemoteCaller { get; set; }

    public static async Task<SandboxHost> StartAsync(
        string? dataDirectory = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var ownsDirectory = dataDirectory is null;
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "pinterest-sandbox-tests", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:DataDirectory"] = dataDirectory,
            ["Sandbox:PathBase"] = PathBase,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddPinterestSandbox(builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        SandboxHost? host = null;
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = host?.RemoteCaller ?? IPAddress.Loopback;
            return next(context);
        });
        app.MapPinterestSandbox();
        host = new SandboxHost(app, dataDirectory, ownsDirectory);
        await app.StartAsync();
        return host;
    }

    public HttpClient CreateClient()
    {
        var client = _app.GetTestClient();
        client.BaseAddress = new Uri("http://localhost" + PathBase + "/");
        return client;
    }

    public async Task<SandboxTokenSet> IssueAsync(string username, params string[] scopes)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISandboxTokenIssuer>().IssueAsync(username, scopes);
    }

    /// <summary>A client carrying a fresh bearer token for the user with exactly these scopes.</summary>
    public async Task<HttpClient> ClientForAsync(string username, params string[] scopes)
    {
        var tokens = await IssueAsync(username, scopes);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    /// <summary>Switches every fault off and zeroes the call counters.</summary>
    public Task ClearControlsAsync()
    {
        _app.Services.GetRequiredService<ISandboxFaults>().Clear();
        _app.Services.GetRequiredService<ISandboxCallCounters>().Reset();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        // Pooled SQLite connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        if (_ownsDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
