using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using GraphApi.Tests.Upstream;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Http.RateLimiting;

/// <summary>
/// A sandbox gateway with a small upstream budget (60 calls, refilled 1 per minute: nothing refills during a test),
/// at most 3 concurrent Pinterest calls per request, and a concurrency recorder. Requests are charged the real cost
/// analysis's estimate: <see cref="WithCalls"/> builds documents whose estimate is known exactly.
/// </summary>
public class RateLimitSandboxFixture : IAsyncLifetime
{
    public const int UpstreamBurst = 60;
    public const int CallsPerRequest = 3;

    public RateLimitSandboxFixture()
        : this(UpstreamBurst)
    {
    }

    protected RateLimitSandboxFixture(int upstreamBurst)
    {
        Factory = new SandboxGatewayFactory(
            ("Pinterest:MaxRetries", "0"),
            ("Pinterest:MaxConcurrentCallsPerRequest", CallsPerRequest.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("RateLimiting:UpstreamCallBurst", upstreamBurst.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("RateLimiting:UpstreamCallsPerMinute", "1"))
        {
            TestServices = services =>
                services.AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(Recorder.CreateHandler),
        };
    }

    public SandboxGatewayFactory Factory { get; }

    public ConcurrencyRecorder Recorder { get; } = new();

    public ISandboxCallCounters Counters => Factory.Counters;

    public ISandboxFaults Faults => Factory.Services.GetRequiredService<ISandboxFaults>();

    public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

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

    /// <summary>POSTs <paramref name="query"/>, with <paramref name="extraCalls"/> more estimated calls (see <see cref="WithCalls"/>).</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpClient client, string query, int extraCalls = 0)
    {
        using var request = GraphQLHttp.PostQuery(WithCalls(query, extraCalls));
        var response = await client.SendAsync(request);
        return (response, await response.ReadJsonAsync());
    }

    /// <summary>
    /// <paramref name="query"/> (a `{ ... }` document) plus <paramref name="calls"/> aliased lookups of distinct boards
    /// nobody has: the cost analysis estimates exactly one call for each, and each makes one (answered NOT_FOUND).
    /// </summary>
    public static string WithCalls(string query, int calls)
    {
        var end = query.LastIndexOf('}');
        var lookups = string.Concat(Enumerable.Range(0, calls).Select(i => $" missing{i}: board(id: \"{98000000000000000L + i}\") {{ name }}"));
        return query[..end] + lookups + " " + query[end..];
    }

    public async Task ReplaceAccessTokenAsync(string user, string accessToken)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        var connection = await store.FindAsync(new AccountLinkKey("", user), default);
        await store.SaveAsync(connection!.Key, connection.Tokens with { AccessToken = accessToken }, default);
    }
}

/// <summary>The same gateway with an upstream budget no concurrency test reaches, so only the per-request cap is measured.</summary>
public sealed class UpstreamConcurrencyFixture() : RateLimitSandboxFixture(upstreamBurst: 100_000);

[CollectionDefinition(Name)]
public sealed class RateLimitSandboxTests : ICollectionFixture<RateLimitSandboxFixture>
{
    public const string Name = "Rate limit sandbox";
}

[CollectionDefinition(Name)]
public sealed class UpstreamConcurrencySandboxTests : ICollectionFixture<UpstreamConcurrencyFixture>
{
    public const string Name = "Upstream concurrency sandbox";
}
