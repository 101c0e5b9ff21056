using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Faults;

/// <summary>
/// One sandbox gateway for the whole fault suite (each host start seeds a database), with the three demo users
/// connected and the production resilience policy switched ON (2 retries of reads) but with short clocks, so a fault
/// case costs at most a few seconds: attempt 1 s, call 3 s, execution 6 s, request 7 s (an attempt timeout much
/// shorter than 1 s turns CPU starvation on a loaded 2-core runner into spurious failures). The order the
/// timeouts must keep (a stalled call gives up before the execution does) is what the stall cases check.
/// </summary>
public sealed class FaultSuiteFixture : IAsyncLifetime
{
    public const int MaxRetries = 2;

    public SandboxGatewayFactory Factory { get; } = new(
    [
        ("Pinterest:MaxRetries", "2"),
        ("Pinterest:RetryBaseDelay", "00:00:00.010"),
        ("Pinterest:AttemptTimeout", "00:00:01"),
        ("Pinterest:Timeout", "00:00:03"),
        // Below the smallest Retry-After (1 s): a 429 is never waited for here, so the storm cases see the raw policy.
        ("Pinterest:RateLimitWaitBudget", "00:00:00.500"),
        // The shortest refresh cool-down (default 30 s): a case that fails the token endpoint must not leave the
        // shared connection answering "could not renew" to the next cases (TokenEndpointDownTests polls up to 10 s).
        ("Pinterest:RefreshFailureCooldown", "00:00:01"),
        ("GraphQL:Limits:ExecutionTimeout", "00:00:06"),
        ("GraphQL:Limits:RequestTimeout", "00:00:07"),
        .. RelaxedLimits.RateLimits,
        .. RelaxedLimits.DocumentLimits,
    ]);

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

    /// <summary>The GraphQL answer and its HTTP status (a 504 tells an execution timeout from a field error).</summary>
    public async Task<(int Status, JsonElement Body)> SendAsync(string user, string query, object? variables = null)
    {
        using var client = Factory.CreateClientFor(user);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return ((int)response.StatusCode, await response.ReadJsonAsync());
    }

    /// <summary>Starts a fault case: faults set, counters zeroed, and a mark in the captured log to check after it.</summary>
    public FaultCase Begin(SandboxFaultSettings settings)
    {
        Faults.Apply(settings);
        Counters.Reset();
        return new FaultCase(this, Factory.Logs.Lines.Count);
    }
}

[CollectionDefinition(Name)]
public sealed class FaultSuiteTests : ICollectionFixture<FaultSuiteFixture>
{
    public const string Name = "Fault suite";
}
