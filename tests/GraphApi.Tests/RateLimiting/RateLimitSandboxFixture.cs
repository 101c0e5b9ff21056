using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Connections;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using GraphApi.Upstream;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.RateLimiting;

/// <summary>
/// A sandbox gateway with a small upstream budget (60 calls, refilled 1 per minute: nothing refills during a test),
/// at most 3 concurrent Pinterest calls per request, the header-driven cost rule and a concurrency recorder.
/// </summary>
public sealed class RateLimitSandboxFixture : IAsyncLifetime
{
    public const int UpstreamBurst = 60;
    public const int CallsPerRequest = 3;

    public RateLimitSandboxFixture()
    {
        Factory = new SandboxGatewayFactory(
            ("Pinterest:MaxRetries", "0"),
            ("Pinterest:MaxConcurrentCallsPerRequest", CallsPerRequest.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("RateLimiting:UpstreamCallBurst", UpstreamBurst.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("RateLimiting:UpstreamCallsPerMinute", "1"))
        {
            TestServices = services =>
            {
                services.AddGraphQL(graphql => graphql.AddValidationRule<HeaderCostRule>());
                services.AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(Recorder.CreateHandler);
            },
        };
    }

    public SandboxGatewayFactory Factory { get; }

    public ConcurrencyRecorder Recorder { get; } = new();

    public ISandboxCallCounters Counters => Factory.Counters;

    public ISandboxFaults Faults => Factory.Services.GetRequiredService<ISandboxFaults>();

    public async Task InitializeAsync()
    {
        _ = Factory.Address;
        foreach (var user in new[] { SandboxDemoUsers.Pinner, SandboxDemoUsers.Business, SandboxDemoUsers.Curator })
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(user, null, default);
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient ClientFor(string user, string? tenantId = null)
    {
        var client = Factory.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(user, tenantId));
        return client;
    }

    /// <summary>POSTs <paramref name="query"/> with the estimate the cost stand-in reports (none: the rule adds nothing).</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpClient client, string query, int? estimatedCalls = null)
    {
        using var request = GraphQLHttp.PostQuery(query);
        if (estimatedCalls is { } calls)
        {
            request.Headers.Add(HeaderCostRule.Header, calls.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await client.SendAsync(request);
        return (response, await response.ReadJsonAsync());
    }

    public async Task ReplaceAccessTokenAsync(string user, string accessToken)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IPinterestConnectionStore>();
        var connection = await store.FindAsync(new ConnectionKey("", user), default);
        await store.SaveAsync(connection!.Key, connection.Tokens with { AccessToken = accessToken }, default);
    }
}

[CollectionDefinition(Name)]
public sealed class RateLimitSandboxTests : ICollectionFixture<RateLimitSandboxFixture>
{
    public const string Name = "Rate limit sandbox";
}
