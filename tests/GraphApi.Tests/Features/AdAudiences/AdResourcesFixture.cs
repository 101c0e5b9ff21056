using System.Text.Json;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using GraphApi.Upstream;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Features.AdAudiences;

/// <summary>
/// A sandbox gateway whose demo users granted the ads and billing scopes besides the organic ones (the default
/// connection asks for the organic scopes only), and demo.curator ads:read alone, to see billing refused. Documents
/// may be long, so a thousand aliases reach the cost analysis.
/// </summary>
public sealed class AdResourcesFixture : IAsyncLifetime
{
    public const string BusinessAccount = "94000000000000001";
    public const string PinnerAccount = "94000000000000002";

    private static readonly string[] AdsScopes = [PinterestScopes.AdsRead, PinterestScopes.AdsWrite, PinterestScopes.BillingRead, PinterestScopes.BillingWrite];

    public SandboxGatewayFactory Factory { get; } = new([("Pinterest:MaxRetries", "0"), ("GraphQL:Http:MaxDocumentLength", "200000"), .. RelaxedLimits.RateLimits, .. RelaxedLimits.DocumentLimits]);

    public async Task InitializeAsync()
    {
        _ = Factory.Address;
        await using var scope = Factory.Services.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<SandboxConnector>();
        await connector.ConnectAsync(SandboxDemoUsers.Business, [.. PinterestOptions.DefaultScopes, .. AdsScopes], default);
        await connector.ConnectAsync(SandboxDemoUsers.Pinner, [.. PinterestOptions.DefaultScopes, .. AdsScopes], default);
        // The curator reads ads but may not write them or see billing: the organic defaults plus ads:read only.
        await connector.ConnectAsync(SandboxDemoUsers.Curator, [.. PinterestOptions.DefaultScopes.Except(AdsScopes), PinterestScopes.AdsRead], default);
    }

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
}

[CollectionDefinition(Name)]
public sealed class AdResourcesTests : ICollectionFixture<AdResourcesFixture>
{
    public const string Name = "Ads resources";
}
