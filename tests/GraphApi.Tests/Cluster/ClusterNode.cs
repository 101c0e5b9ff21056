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
/// Two instances as operators run them: one PostgreSQL database (fresh, from GRAPHAPI_TEST_POSTGRES) and one Redis
/// namespace (from GRAPHAPI_TEST_REDIS), both real; each instance has a data folder of its own, so whatever they share
/// (rows, the Data Protection key ring) comes from the database. A is started before B, so B uses the key ring A created.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphapi-tests", "cluster-" + Guid.NewGuid().ToString("N"));
    private readonly PostgresDatabase _database;

    private TwoNodes(PostgresDatabase database, RedisNamespace redis, (string Key, string Value)[] settings)
    {
        _database = database;
        Redis = redis;
        (string Key, string Value)[] all =
        [
            ("Storage:Provider", "Postgres"),
            ("Storage:ConnectionString", database.ConnectionString),
            ("Redis:Configuration", redis.Configuration),
            ("Redis:KeyPrefix", redis.Prefix),
            .. settings,
        ];
        A = new ClusterNode(Path.Combine(_folder, "a"), OAuth, all);
        A.CreateClient().Dispose();
        B = new ClusterNode(Path.Combine(_folder, "b"), OAuth, all);
        B.CreateClient().Dispose();
    }

    public RedisNamespace Redis { get; }

    public FakePinterestOAuthFlow OAuth { get; } = new();

    public ClusterNode A { get; }

    public ClusterNode B { get; }

    /// <summary>Two instances on a fresh database and Redis namespace (skips locally without the servers, fails in CI).</summary>
    public static async Task<TwoNodes> StartAsync(params (string Key, string Value)[] settings)
    {
        var redis = ExternalServers.CreateRedisNamespace();
        var database = await ExternalServers.CreatePostgresDatabaseAsync();
        return new TwoNodes(database, redis, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DeleteKeysAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
