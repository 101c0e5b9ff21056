using System.Security.Claims;
using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Tests.Accounts.Connect;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Cluster;

/// <summary>
/// One gateway instance of a test cluster: its data folder (database file and key ring) and Pinterest's token endpoint
/// (a counted fake) are the ones its siblings use, and its settings name the shared Redis namespace.
/// </summary>
public sealed class ClusterNode(string dataDirectory, FakePinterestOAuthFlow oauth, IEnumerable<(string Key, string Value)> settings) : GraphApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSettings(RelaxedLimits.RateLimits);
        builder.UseSettings(settings);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<IPinterestOAuthFlow>(oauth));
    }

    public HttpClient CreateClientFor(string userId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(userId));
        return client;
    }

    /// <summary>The caller's access token as a request of this instance gets it (refreshing an expired one).</summary>
    public async Task<string> GetTokenAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", userId)], "test")),
            RequestServices = scope.ServiceProvider,
        };
        return await scope.ServiceProvider.GetRequiredService<AccountLinkTokenSource>().GetAccessTokenAsync(cancellationToken);
    }

    public async Task<T> WithStoreAsync<T>(Func<IAccountLinkStore, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IAccountLinkStore>());
    }

    public Task<PinterestAccountLink> SaveAsync(string userId, TimeSpan accessExpiresIn) =>
        WithStoreAsync(store => store.SaveAsync(new AccountLinkKey("", userId), new PinterestTokenSet(
            "stored-access-" + userId, "stored-refresh-" + userId, new HashSet<string> { "pins:read" },
            DateTimeOffset.UtcNow.Add(accessExpiresIn), DateTimeOffset.UtcNow.AddDays(60)), default));
}

/// <summary>
/// Two instances on one database and one Redis namespace (both real: Redis from GRAPHAPI_TEST_REDIS; the database a
/// shared SQLite file, enough for the locks and caches under test, though not a supported multi-instance setup).
/// A is started before B, so both use the key ring A created.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "graphapi-tests", "cluster-" + Guid.NewGuid().ToString("N"));

    private TwoNodes(RedisNamespace? redis, (string Key, string Value)[] settings)
    {
        Redis = redis;
        var all = (redis is null ? [] : new[] { ("Redis:Configuration", redis.Configuration), ("Redis:KeyPrefix", redis.Prefix) }).Concat(settings).ToArray();
        A = new ClusterNode(_dataDirectory, OAuth, all);
        A.CreateClient().Dispose();
        B = new ClusterNode(_dataDirectory, OAuth, all);
        B.CreateClient().Dispose();
    }

    public RedisNamespace? Redis { get; }

    public FakePinterestOAuthFlow OAuth { get; } = new();

    public ClusterNode A { get; }

    public ClusterNode B { get; }

    /// <summary>Two instances sharing a fresh Redis namespace (skips locally without GRAPHAPI_TEST_REDIS, fails in CI).</summary>
    public static TwoNodes WithRedis(params (string Key, string Value)[] settings) => new(ExternalServers.CreateRedisNamespace(), settings);

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        if (Redis is not null)
        {
            await Redis.DeleteKeysAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
