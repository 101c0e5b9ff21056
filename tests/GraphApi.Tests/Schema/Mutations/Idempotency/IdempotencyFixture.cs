using System.Security.Claims;
using System.Text.Json;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>
/// One sandbox gateway for the idempotency tests: short Pinterest timeouts (a stall ends after 4 s, generous for a loaded machine), no
/// retries, and <see cref="UpstreamAfterEffects"/> inside the Pinterest client.
/// </summary>
public sealed class IdempotencyFixture : IAsyncLifetime
{
    public IdempotencyFixture()
    {
        Factory = new SandboxGatewayFactory(
            [("Pinterest:MaxRetries", "0"), ("Pinterest:Timeout", "00:00:04"), ("Pinterest:AttemptTimeout", "00:00:04"), .. RelaxedLimits.RateLimits, .. RelaxedLimits.DocumentLimits])
        {
            TestServices = services =>
            {
                services.AddSingleton(AfterEffects);
                services.AddTransient<UpstreamAfterEffectsHandler>();
                services.AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler<UpstreamAfterEffectsHandler>();
            },
        };
    }

    public SandboxGatewayFactory Factory { get; }

    public UpstreamAfterEffects AfterEffects { get; } = new();

    public ISandboxCallCounters Counters => Factory.Counters;

    public ISandboxFaults Faults => Factory.Services.GetRequiredService<ISandboxFaults>();

    public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<JsonElement> QueryAsync(string user, string query, object? variables = null)
    {
        using var client = Factory.CreateClientFor(user);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }

    /// <summary>Calls the Pinterest client directly as <paramref name="user"/> (set-up and counting; counted by the sandbox like any call).</summary>
    public async Task<T> AsUserAsync<T>(string user, Func<IPinterestClient, Task<T>> call)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user)], "test")),
            RequestServices = scope.ServiceProvider,
        };
        return await call(scope.ServiceProvider.GetRequiredService<IPinterestClient>());
    }

    /// <summary>A new, empty board of <paramref name="user"/>'s, so a test can count exactly its own pins.</summary>
    public async Task<string> NewBoardAsync(string user = SandboxDemoUsers.Pinner) =>
        (await AsUserAsync(user, c => c.Boards.CreateAsync(new CreateBoardRequest { Name = "Idempotency " + Guid.NewGuid().ToString("N")[..12] }))).Id;

    public async Task<int> PinsOnBoardAsync(string boardId, string user = SandboxDemoUsers.Pinner) =>
        (await AsUserAsync(user, c => c.Boards.ListPinsAsync(boardId, new ListBoardPinsRequest { Page = new(250) }))).Items.Count;

    internal async Task<T> WithDbAsync<T>(Func<GraphApiDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<GraphApiDbContext>());
    }

    internal Task<IdempotencyRecord> RecordAsync(string key) =>
        WithDbAsync(db => db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Key == key));

    /// <summary>Rewrites the key's record as a crash at some point of the write path would have left it.</summary>
    internal Task<int> SetRecordAsync(string key, IdempotencyState state, string? resultId, DateTimeOffset? reservedUntil) =>
        WithDbAsync(db => db.IdempotencyRecords.Where(r => r.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, state).SetProperty(r => r.ResultId, resultId).SetProperty(r => r.ReservedUntil, reservedUntil)));
}

[CollectionDefinition(Name)]
public sealed class IdempotencyTests : ICollectionFixture<IdempotencyFixture>
{
    public const string Name = "Idempotency";
}
