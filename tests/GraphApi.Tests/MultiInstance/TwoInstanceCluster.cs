using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Proxy;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.MultiInstance;

/// <summary>
/// The scale-out deployment of README "Running several instances", in one test process: one Pinterest emulator
/// (<see cref="SharedPinterest"/>), gateway instances A and B on a fresh PostgreSQL database and one Redis key prefix,
/// one Data Protection key ring and one caller signing key, and the round-robin proxy in front of both, whose address
/// is the registered redirect URI. Skips locally without the servers (ExternalServers), fails in CI.
/// </summary>
public sealed class TwoInstanceCluster : IAsyncLifetime
{
    private readonly int _portA = FreePort.Next();
    private readonly int _portB = FreePort.Next();
    private PostgresDatabase? _database;
    private RedisNamespace? _redis;
    private WebApplication? _proxy;

    public SharedPinterest Pinterest { get; private set; } = null!;

    public GatewayInstance A { get; private set; } = null!;

    public GatewayInstance B { get; private set; } = null!;

    /// <summary>The proxy's origin: what browsers and apps use, and the host of the registered redirect URI.</summary>
    public Uri ProxyOrigin { get; } = new($"http://127.0.0.1:{FreePort.Next()}/");

    public CapturedLogs ProxyLogs { get; } = new();

    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    /// <summary>Set when the servers are missing locally: each test skips with it (in CI the fixture fails instead).</summary>
    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        try
        {
            _database = await ExternalServers.CreatePostgresDatabaseAsync();
            _redis = ExternalServers.CreateRedisNamespace();
        }
        catch (SkipException skip)
        {
            SkipReason = skip.Message;
            return;
        }

        Pinterest = await SharedPinterest.StartAsync();
        var settings = new Dictionary<string, string>
        {
            // Shared state: the database (links, consumed states, pending completions, idempotency records, the Data
            // Protection key ring) and Redis (refresh lock, link-cache invalidation, rate limits).
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Redis:Configuration"] = _redis.Configuration,
            ["Redis:KeyPrefix"] = _redis.Prefix,
            // One Pinterest for all instances: live mode against the shared emulator, its one OAuth app.
            ["Upstream:Mode"] = "Pinterest",
            ["Pinterest:ClientId"] = "sandbox-client",
            ["Pinterest:ClientSecret"] = "sandbox-secret",
            ["Pinterest:ApiBaseUrl"] = new Uri(Pinterest.Origin, "v5").AbsoluteUri,
            ["Pinterest:AuthorizationUrl"] = new Uri(Pinterest.Origin, "oauth/").AbsoluteUri,
            ["Pinterest:RedirectUri"] = new Uri(ProxyOrigin, "integration-callback").AbsoluteUri,
            ["Pinterest:MaxRetries"] = "0",
            // One caller identity for all instances (the test key; an operator's OIDC authority works the same way).
            ["Authentication:Issuer"] = TestTokens.Issuer,
            ["Authentication:Audience"] = TestTokens.Audience,
            ["Authentication:SigningKey"] = TestTokens.SigningKey,
        };
        foreach (var (key, value) in RelaxedLimits.RateLimits)
        {
            settings[key] = value;
        }

        Settings = settings;
        A = Start("A", _portA);
        B = Start("B", _portB);
        _proxy = ProxyApp.Build(
            ["--urls", ProxyOrigin.AbsoluteUri.TrimEnd('/'), "--Proxy:Destinations:0", A.Origin.AbsoluteUri.TrimEnd('/'), "--Proxy:Destinations:1", B.Origin.AbsoluteUri.TrimEnd('/'), "--Proxy:HealthCheckInterval", "00:00:00.500"],
            logging => logging.AddProvider(ProxyLogs));
        await _proxy.StartAsync();
    }

    public void SkipUnlessReady() => Skip.If(SkipReason is not null, SkipReason);

    /// <summary>Stops the instance and starts a new process of it on the same port with an empty data folder.</summary>
    public GatewayInstance Restart(GatewayInstance instance)
    {
        var port = instance.Origin.Port;
        var name = instance.Name;
        instance.Dispose();
        var restarted = Start(name, port);
        if (name == "A")
        {
            A = restarted;
        }
        else
        {
            B = restarted;
        }

        return restarted;
    }

    private GatewayInstance Start(string name, int port)
    {
        var instance = new GatewayInstance(name, port, Settings);
        using var _ = instance.ClientFor("warm-up");
        return instance;
    }

    /// <summary>Links <paramref name="caller"/> to a demo Pinterest account through <paramref name="on"/>'s store, skipping the consent page.</summary>
    public async Task<PinterestAccountLink> ConnectAsync(GatewayInstance on, string caller, string pinterestUser = SandboxDemoUsers.Pinner)
    {
        var granted = await Pinterest.IssueAsync(pinterestUser, GraphApi.Upstream.PinterestOptions.DefaultScopes);
        var key = new AccountLinkKey("", caller);
        await using var scope = on.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        await store.SaveAsync(key, new PinterestTokenSet(
            granted.AccessToken,
            granted.RefreshToken,
            granted.Scopes.ToHashSet(StringComparer.Ordinal),
            granted.AccessTokenExpiresAt,
            granted.RefreshTokenExpiresAt), default);
        return (await store.FindAsync(key, default))!;
    }

    /// <summary>The link as <paramref name="on"/>'s store reads it from the database (no cache).</summary>
    public static async Task<PinterestAccountLink?> FindAsync(GatewayInstance on, string caller)
    {
        await using var scope = on.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(new AccountLinkKey("", caller), default);
    }

    /// <summary>Rewrites the stored tokens through <paramref name="on"/>'s store (e.g. an access token that has expired).</summary>
    public static async Task RewriteAsync(GatewayInstance on, string caller, Func<PinterestTokenSet, PinterestTokenSet> change)
    {
        await using var scope = on.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        var link = await store.FindAsync(new AccountLinkKey("", caller), default);
        await store.SaveAsync(link!.Key, change(link.Tokens), default);
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        A?.Dispose();
        B?.Dispose();
        if (Pinterest is not null)
        {
            await Pinterest.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DeleteKeysAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
