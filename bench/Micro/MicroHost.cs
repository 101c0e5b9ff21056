using System.Security.Claims;
using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.OAuth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Bench.Micro;

/// <summary>
/// The gateway's own host: <c>Program.cs</c> runs as written (through <see cref="WebApplicationFactory{TEntryPoint}"/>,
/// which is the supported way to start a top-level-statements app in process), so the benchmarks measure the
/// registrations, options and defaults that run in production, not a copy of them. What differs, and why:
/// live mode (<c>Upstream:Mode=Pinterest</c>) with the Pinterest client's primary handler answered from memory
/// (<see cref="InMemoryPinterest"/>), a fresh data folder, and no log providers (the filters stay; output would be
/// the benchmark's noise; the HTTP harness measures logging).
/// </summary>
/// <param name="caches">
/// Production's document and connection caches; off for the benchmarks that measure the work those caches save
/// (parsing, validating, reading the connection), which would otherwise measure a cache hit after the first operation.
/// </param>
public sealed class MicroHost(bool caches = true) : WebApplicationFactory<Program>
{
    // Benchmark-only constants, not secrets: the signing key signs nothing (callers are built as principals, never as JWTs).
    private const string SigningKey = "bWljcm8tYmVuY2htYXJrLW9ubHktc2lnbmluZy1rZXkhIQ==";
    private const string AccessToken = "micro-bench-access-token";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "graphapi-micro", Guid.NewGuid().ToString("N"));
    private int _callers;

    public InMemoryPinterest Upstream { get; } = new(AccessToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseEnvironment("Production")
        .UseContentRoot(GatewayContentRoot())
        .UseSetting("Storage:DataDirectory", _dataDirectory)
        .UseSetting("Authentication:Issuer", "graphapi-micro")
        .UseSetting("Authentication:Audience", "graphapi")
        .UseSetting("Authentication:SigningKey", SigningKey)
        .UseSetting("Upstream:Mode", "Pinterest")
        .UseSetting("Pinterest:ClientId", "1234567")
        .UseSetting("Pinterest:ClientSecret", "micro-bench-client-secret")
        .UseSetting("Pinterest:RedirectUri", "https://gateway.example.com/integration-callback")
        .UseSetting("Pinterest:ApiBaseUrl", "https://api.pinterest.example/v5")
        // Each benchmark case runs as its own caller (CreateCallerAsync), so the per-caller budget of estimated upstream
        // calls, charged by the validation like in production, is big enough for a run instead of being switched off.
        .UseSetting("RateLimiting:UpstreamCallsPerMinute", "1000000")
        .UseSetting("RateLimiting:UpstreamCallBurst", "1000000")
        .UseSetting("GraphQL:DocumentCache:Enabled", caches ? "true" : "false")
        .UseSetting("ConnectionCache:Enabled", caches ? "true" : "false")
        .ConfigureLogging(logging => logging.ClearProviders())
        .ConfigureTestServices(services => services
            .AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(Upstream.CreateHandler));

    /// <summary>
    /// A signed-in caller (what JwtBearer would produce) with a stored Pinterest connection granting every scope, saved
    /// through the real store (encrypted, SQLite). A new caller per call, so budgets and caches never carry over.
    /// </summary>
    public async Task<ClaimsPrincipal> CreateCallerAsync(CancellationToken cancellationToken = default)
    {
        var userId = $"micro-{Interlocked.Increment(ref _callers)}-{Guid.NewGuid():N}";
        await using (var scope = Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
            var now = DateTimeOffset.UtcNow;
            await store.SaveAsync(new AccountLinkKey("", userId),
                new PinterestTokenSet(AccessToken, "micro-bench-refresh-token", PinterestScopes.All.ToHashSet(StringComparer.Ordinal), now.AddDays(30), now.AddDays(365)),
                cancellationToken);
        }

        return Principal(userId);
    }

    /// <summary>A signed-in caller who never connected Pinterest (for tests that the benchmarks' checks can fail).</summary>
    public static ClaimsPrincipal CreateCallerWithoutConnection() => Principal($"micro-unconnected-{Guid.NewGuid():N}");

    private static ClaimsPrincipal Principal(string userId) =>
        new(new ClaimsIdentity([new Claim(Caller.SubjectClaim, userId)], authenticationType: "Bearer"));

    /// <summary>
    /// The gateway project's folder (its appsettings.json, as <c>dotnet run</c> reads them), from the build's metadata;
    /// the output folder (where the settings are copied) when the project folder is gone. Set here because
    /// WebApplicationFactory's own guess (the solution folder plus the assembly name) does not exist in this layout.
    /// </summary>
    private static string GatewayContentRoot()
    {
        var project = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == GraphApi.Hosting.AppFolder.ProjectDirectoryMetadata)?.Value;
        return project is not null && File.Exists(Path.Combine(project, "appsettings.json")) ? project : AppContext.BaseDirectory;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
