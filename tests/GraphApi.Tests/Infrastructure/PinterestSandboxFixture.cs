using System.Security.Claims;
using System.Text.Json;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// One sandbox gateway for every Pinterest schema test (each start seeds a sandbox database, so it is shared), with
/// the three demo users connected. Retries are off so fault tests see the first failure; rate and document limits are lifted.
/// </summary>
public sealed class PinterestSandboxFixture : IAsyncLifetime
{
    // Hundreds of requests per demo user in seconds, and cost tests that must reach the cost analysis past the
    // document limits: both lifted here; the defaults are exercised by the Limits, RateLimiting and Hostile tests.
    public SandboxGatewayFactory Factory { get; } = new([("Pinterest:MaxRetries", "0"), .. RelaxedLimits.RateLimits, .. RelaxedLimits.DocumentLimits]);

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

    /// <summary>As <see cref="QueryAsync"/>, with a caller token whose <c>scope</c> claim narrows the connection.</summary>
    public async Task<JsonElement> QueryWithTokenScopeAsync(string user, string tokenScope, string query)
    {
        using var client = Factory.CreateClientFor(user);
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(user, scope: tokenScope));
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        return await response.ReadJsonAsync();
    }

    /// <summary>Calls the Pinterest client directly as <paramref name="user"/> (test set-up; counted by the sandbox like any call).</summary>
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
}

[CollectionDefinition(Name)]
public sealed class PinterestSandboxTests : ICollectionFixture<PinterestSandboxFixture>
{
    public const string Name = "Pinterest sandbox";
}
