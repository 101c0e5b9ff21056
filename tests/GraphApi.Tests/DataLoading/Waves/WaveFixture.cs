using System.Security.Claims;
using System.Text.Json;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.DataLoading.Waves;

/// <summary>
/// A sandbox gateway whose Pinterest client records each call's start and end. Measured requests run with injected
/// upstream latency (<see cref="LatencyMs"/>), so calls of one wave overlap and calls of the next start only after
/// an answer, however loaded the machine is. The per-request concurrency cap stays at its default
/// (<c>Pinterest:MaxConcurrentCallsPerRequest</c>, 32): the waves asserted here are the ones a deployment gets.
/// </summary>
public sealed class WaveFixture : IAsyncLifetime
{
    public const int LatencyMs = 300; // a sibling must start this late after the first to read as a later wave: margin for a loaded CI machine

    public WaveFixture()
    {
        Factory = new SandboxGatewayFactory([
            ("Pinterest:MaxRetries", "0"),
            .. RelaxedLimits.RateLimits,
            .. RelaxedLimits.DocumentLimits])
        {
            TestServices = services =>
                services.AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(Recorder.CreateHandler),
        };
    }

    public SandboxGatewayFactory Factory { get; }

    public UpstreamWaveRecorder Recorder { get; } = new();

    public ISandboxCallCounters Counters => Factory.Counters;

    public ISandboxFaults Faults => Factory.Services.GetRequiredService<ISandboxFaults>();

    public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Calls the Pinterest client directly as <paramref name="user"/> (set-up only, no latency).</summary>
    public static async Task<T> AsUserAsync<T>(SandboxGatewayFactory factory, string user, Func<IPinterestClient, Task<T>> call)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user)], "test")),
            RequestServices = scope.ServiceProvider,
        };
        return await call(scope.ServiceProvider.GetRequiredService<IPinterestClient>());
    }

    /// <summary>demo.pinner owns 5 seeded boards; the dashboard needs 25 of at least 10 pins each (created once per fixture).</summary>
    public Task EnsurePinnerHas25BoardsOf10PinsAsync() => EnsurePinnerHas25BoardsOf10PinsAsync(Factory);

    public static async Task EnsurePinnerHas25BoardsOf10PinsAsync(SandboxGatewayFactory factory)
    {
        var existing = await AsUserAsync(factory, SandboxDemoUsers.Pinner, c => c.Boards.ListAsync(new ListBoardsRequest { Page = new(250) }));
        var missing = 25 - existing.Items.Count;
        await Parallel.ForEachAsync(Enumerable.Range(0, Math.Max(0, missing)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, ct) =>
        {
            var board = await AsUserAsync(factory, SandboxDemoUsers.Pinner, c => c.Boards.CreateAsync(new CreateBoardRequest { Name = $"Wave board {n + 1}" }, cancellationToken: ct));
            for (var i = 0; i < 10; i++)
            {
                await AsUserAsync(factory, SandboxDemoUsers.Pinner, c => c.Pins.CreateAsync(new CreatePinRequest
                {
                    BoardId = board.Id,
                    Title = $"Pin {i + 1} of {board.Name}",
                    MediaSource = new PinImageUrlSource { Url = $"https://images.example/{board.Id}/{i}.jpg" },
                }, cancellationToken: ct));
            }
        });
    }

    /// <summary>Runs one request with upstream latency injected, counting and recording only its calls.</summary>
    public async Task<JsonElement> MeasureAsync(string user, string query, object? variables = null, string? tokenScope = null)
    {
        using var client = Factory.CreateClientFor(user);
        if (tokenScope is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(user, scope: tokenScope));
        }

        client.DefaultRequestHeaders.Add("GraphApi-Cost", "true");
        Faults.Apply(new SandboxFaultSettings { LatencyMs = LatencyMs });
        try
        {
            Counters.Reset();
            Recorder.Reset();
            using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
            return await response.ReadJsonAsync();
        }
        finally
        {
            Faults.Clear();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UpstreamWaveTestGroup : ICollectionFixture<WaveFixture>
{
    public const string Name = "Upstream waves";
}
