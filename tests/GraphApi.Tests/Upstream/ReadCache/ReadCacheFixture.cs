using System.Text.Json;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using GraphApi.Upstream.ReadCache;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Upstream.ReadCache;

/// <summary>A sandbox gateway with the read cache on (retries off, limits lifted), the demo users connected.</summary>
public sealed class ReadCacheFixture : IAsyncLifetime
{
    public SandboxGatewayFactory Factory { get; } = new([("ReadCache:Enabled", "true"), ("Pinterest:MaxRetries", "0"), .. RelaxedLimits.RateLimits, .. RelaxedLimits.DocumentLimits]);

    public ISandboxCallCounters Counters => Factory.Counters;

    public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<JsonElement> QueryAsync(string user, string query, object? variables = null, string? tokenScope = null)
    {
        using var client = Factory.CreateClientFor(user);
        if (tokenScope is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(user, scope: tokenScope));
        }

        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }

    /// <summary>Drops the user's cached answers, so a test starts from misses whatever ran before it.</summary>
    public void Forget(string user) =>
        Factory.Services.GetRequiredService<ReadAnswerCache>().Invalidate(ReadCacheKeys.Link(new AccountLinkKey("", user)));

    public async Task ReconnectAsync(string user)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(user, null, default);
    }
}

[CollectionDefinition(Name)]
public sealed class ReadCacheSandboxTests : ICollectionFixture<ReadCacheFixture>
{
    public const string Name = "Read cache";
}
