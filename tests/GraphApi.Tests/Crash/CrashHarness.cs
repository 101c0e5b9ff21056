using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Crash;

/// <summary>
/// Two real processes on the built binaries: the standalone Pinterest sandbox (its own data folder, so Pinterest's
/// side survives the gateway's death) and the gateway in Pinterest mode pointed at it, on a temp data folder that
/// survives <see cref="KillGateway"/> for <see cref="RestartGatewayAsync"/>. Callers use <see cref="TestTokens"/> JWTs
/// and connect through the real OAuth flow; the sandbox's faults and counters are reached over HTTP. Reusable: add
/// settings to <see cref="GatewaySettings"/> / <see cref="SandboxSettings"/> (before start, or before a restart) to
/// shape the window a kill should land in.
/// </summary>
public sealed class CrashHarness : IAsyncLifetime
{
    // One client for the control calls of every harness: it holds no state but its connection pool.
    private static readonly HttpClient Control = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "graphapi-crash", Guid.NewGuid().ToString("N"));
    private ChildProcess? _sandbox;
    private ChildProcess? _gateway;

    public CrashHarness()
    {
        SandboxOrigin = new Uri($"http://127.0.0.1:{FreePort()}/");
        GatewayOrigin = new Uri($"http://127.0.0.1:{FreePort()}/");
    }

    public Uri SandboxOrigin { get; }

    public Uri GatewayOrigin { get; }

    /// <summary>The gateway's data folder (SQLite database, Data Protection keys): kept across kills and restarts.</summary>
    public string GatewayDataDirectory => Path.Combine(_root, "gateway");

    public string SandboxDataDirectory => Path.Combine(_root, "sandbox");

    /// <summary>Extra gateway settings (configuration keys with ':'), applied at every start.</summary>
    public Dictionary<string, string> GatewaySettings { get; } = new(StringComparer.Ordinal);

    /// <summary>Extra sandbox settings (e.g. <c>Sandbox:AccessTokenLifetime</c>), applied when it starts.</summary>
    public Dictionary<string, string> SandboxSettings { get; } = new(StringComparer.Ordinal);

    public ChildProcess Gateway => _gateway ?? throw new InvalidOperationException("The gateway is not started.");

    public ChildProcess Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox is not started.");

    /// <summary>Both processes' output, for a failure message.</summary>
    public string Diagnostics => $"--- gateway output ---\n{_gateway?.Output}\n--- sandbox output ---\n{_sandbox?.Output}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(GatewayDataDirectory);
        Directory.CreateDirectory(SandboxDataDirectory);
        // The sandbox process keeps a seeded database it finds, so it starts without creating and seeding its own.
        await SeededSandboxTemplate.CopyToAsync(Path.Combine(SandboxDataDirectory, SandboxOptions.DatabaseFileName), CancellationToken.None);
        var sandboxArguments = new List<string> { "sandbox", "--urls", Origin(SandboxOrigin), "--Sandbox:DataDirectory", SandboxDataDirectory };
        foreach (var (key, value) in SandboxSettings)
        {
            sandboxArguments.AddRange(["--" + key, value]);
        }

        _sandbox = ChildProcess.Start("sandbox", GatewayDll, sandboxArguments, new Dictionary<string, string>());
        await _sandbox.WaitUntilAnsweringAsync(new Uri(SandboxOrigin, "_control/counters"));
        await StartGatewayAsync();
    }

    public async Task StartGatewayAsync()
    {
        if (_gateway is { HasExited: false })
        {
            throw new InvalidOperationException("The gateway is already running.");
        }

        _gateway?.Dispose();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Upstream:Mode"] = "Pinterest",
            ["Pinterest:ClientId"] = "sandbox-client",
            ["Pinterest:ClientSecret"] = "sandbox-secret",
            ["Pinterest:ApiBaseUrl"] = new Uri(SandboxOrigin, "v5").AbsoluteUri,
            ["Pinterest:AuthorizationUrl"] = new Uri(SandboxOrigin, "oauth/").AbsoluteUri,
            ["Pinterest:RedirectUri"] = new Uri(GatewayOrigin, "integration-callback").AbsoluteUri,
            ["Authentication:Issuer"] = TestTokens.Issuer,
            ["Authentication:Audience"] = TestTokens.Audience,
            ["Authentication:SigningKey"] = TestTokens.SigningKey,
            ["Storage:DataDirectory"] = GatewayDataDirectory,
        };
        foreach (var (key, value) in RelaxedLimits.RateLimits.Concat(GatewaySettings.Select(s => (s.Key, s.Value))))
        {
            environment[key] = value;
        }

        // Environment variables use '__' for ':' (the only form every platform accepts).
        _gateway = ChildProcess.Start(
            "gateway",
            GatewayDll,
            ["--urls", Origin(GatewayOrigin)],
            environment.ToDictionary(e => e.Key.Replace(":", "__", StringComparison.Ordinal), e => e.Value, StringComparer.Ordinal));
        await _gateway.WaitUntilAnsweringAsync(new Uri(GatewayOrigin, "health/live"));
    }

    /// <summary>SIGKILL the gateway: whatever it was doing stops mid-await; its data folder stays as the kill left it.</summary>
    public void KillGateway() => Gateway.Kill();

    public async Task RestartGatewayAsync()
    {
        KillGateway();
        await StartGatewayAsync();
    }

    /// <summary>A client for the gateway with <paramref name="user"/>'s bearer JWT; it does not follow redirects (the connect flow reads them).</summary>
    public HttpClient CreateClientFor(string user)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = GatewayOrigin, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(user));
        return client;
    }

    public async Task<JsonElement> QueryAsync(string user, string query, object? variables = null)
    {
        using var client = CreateClientFor(user);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }

    /// <summary>Connects <paramref name="user"/> to <paramref name="sandboxUser"/>'s Pinterest account through consent page, callback and completion.</summary>
    public async Task ConnectAsync(string user, string sandboxUser)
    {
        using var client = CreateClientFor(user);
        var completed = await ConsentFlow.ConnectAsync(client, sandboxUser);
        var status = completed.TryGetProperty("data", out var data) && data.GetProperty("completePinterestConnection").GetProperty("connection") is { ValueKind: JsonValueKind.Object } connection
            ? connection.GetProperty("status").GetString()
            : null;
        if (status != "CONNECTED")
        {
            throw new InvalidOperationException($"The connect flow did not connect: {completed}\n{Diagnostics}");
        }
    }

    public async Task SetFaultsAsync(SandboxFaultSettings faults)
    {
        using var content = new StringContent(JsonSerializer.Serialize(faults, SnakeCase), Encoding.UTF8, "application/json");
        using var response = await Control.PutAsync(new Uri(SandboxOrigin, "_control/faults"), content);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"PUT /_control/faults answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await Control.DeleteAsync(new Uri(SandboxOrigin, "_control/faults"));
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyDictionary<string, long>> CountersAsync()
    {
        var json = await Control.GetStringAsync(new Uri(SandboxOrigin, "_control/counters"));
        return JsonSerializer.Deserialize<Dictionary<string, long>>(json) ?? [];
    }

    public async Task ResetCountersAsync()
    {
        using var response = await Control.DeleteAsync(new Uri(SandboxOrigin, "_control/counters"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits (up to 30 s) until the sandbox has seen <paramref name="count"/> calls of <paramref name="operationId"/>: the moment to kill in.</summary>
    public async Task WaitForCallsAsync(string operationId, long count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await CountersAsync()).GetValueOrDefault(operationId) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The sandbox saw fewer than {count} {operationId} calls within 30 s.\n{Diagnostics}");
            }

            await Task.Delay(50);
        }
    }

    public Task DisposeAsync()
    {
        _gateway?.Dispose();
        _sandbox?.Dispose();
        // Not Control: it is shared by every harness (static), and disposing it broke the next harness's control calls.
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child: the temp folder is cleaned by the OS later.
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The gateway as built next to this test project's configuration (src/GraphApi/bin/Debug|Release/net10.0), so
    /// its appsettings.json is the app's own; the copy in the test output is the fallback.
    /// </summary>
    private static string GatewayDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var built = RepositoryRoot.Combine("src", "GraphApi", "bin", output.Parent!.Name, output.Name, "GraphApi.dll");
            return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "GraphApi.dll");
        }
    }

    private static string Origin(Uri origin) => origin.GetLeftPart(UriPartial.Authority);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
