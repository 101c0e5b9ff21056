using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Accounts.Links.Caching;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using GraphApi.Upstream.Quota;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Upstream.Quota;

/// <summary>
/// The sandbox gateway with the demo users connected, on a <see cref="ManualClock"/> shared by the gateway and the
/// sandbox (windows and resets move only when a test says so). Request budgets are lifted so only the quota refuses.
/// </summary>
public sealed class QuotaSandboxFixture : IAsyncLifetime
{
    public QuotaSandboxFixture()
    {
        Factory = new SandboxGatewayFactory([("Pinterest:MaxRetries", "0"), .. RelaxedLimits.RateLimits, ("Quota:FailFast", "true")])
        {
            TestServices = services => services.AddSingleton<TimeProvider>(Clock),
        };
    }

    public ManualClock Clock { get; } = new();

    public SandboxGatewayFactory Factory { get; }

    public ISandboxCallCounters Counters => Factory.Counters;

    public ISandboxFaults Faults => Factory.Services.GetRequiredService<ISandboxFaults>();

    internal QuotaTracker Tracker => Factory.Services.GetRequiredService<QuotaTracker>();

    public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Every tracked reading out of date and every sandbox window fresh: each test starts from "unknown".</summary>
    public void StartAfresh()
    {
        Clock.Advance(TimeSpan.FromMinutes(2));
        Faults.Clear();
        Counters.Reset();
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(string user, string query)
    {
        using var client = Factory.CreateClientFor(user);
        using var request = GraphQLHttp.PostQuery(query);
        var response = await client.SendAsync(request);
        return (response, await response.ReadJsonAsync());
    }
}

[CollectionDefinition(Name)]
public sealed class QuotaSandboxTests : ICollectionFixture<QuotaSandboxFixture>
{
    public const string Name = "Quota sandbox";
}
