using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphApi.Tests.MultiInstance;

/// <summary>
/// ONE Pinterest emulator for every gateway instance, as <c>GraphApi sandbox --urls ...</c> runs it (at the root of
/// its own origin, on real Kestrel): each instance in sandbox mode would embed an emulator with data of its own, so the
/// instances run in live mode (<c>Upstream:Mode=Pinterest</c>) against this one. Its call counters are the ground
/// truth of the suite (token calls, pin creates).
/// </summary>
public sealed class SharedPinterest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _data;

    private SharedPinterest(WebApplication app, string data)
    {
        _app = app;
        _data = data;
    }

    /// <summary>The emulator's origin; the API is at <c>v5/</c>, the consent page at <c>oauth/</c>.</summary>
    public Uri Origin { get; private set; } = null!;

    public ISandboxCallCounters Counters => _app.Services.GetRequiredService<ISandboxCallCounters>();

    public static async Task<SharedPinterest> StartAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), "graphapi-tests", "shared-pinterest-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:PathBase"] = "/",
            ["Sandbox:DataDirectory"] = data,
        });
        builder.Services.AddPinterestSandbox(builder.Configuration);
        // A copy of the one seeded database the other suites use, instead of seeding another.
        SeededSandboxCopy.AddTo(builder.Services);
        var app = builder.Build();
        app.MapPinterestSandbox();
        await app.StartAsync();
        return new SharedPinterest(app, data) { Origin = new Uri(app.Urls.Single().TrimEnd('/') + "/") };
    }

    /// <summary>Fresh tokens for a demo account, as the consent page and token endpoint would grant them.</summary>
    public async Task<SandboxTokenSet> IssueAsync(string pinterestUser, IReadOnlyList<string> scopes)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISandboxTokenIssuer>().IssueAsync(pinterestUser, scopes);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
