using System.Text.Json;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using GraphApi.Upstream;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Features.Catalogs;

/// <summary>
/// A sandbox gateway for the catalogs features: demo.business (who owns a catalog of each vertical) and demo.pinner (one
/// retail catalog: "another user's ids") granted the default scopes, which include catalogs:read and catalogs:write;
/// demo.curator granted them without the catalogs scopes, to see catalogs fields refused. Documents may be long, so a
/// thousand aliases reach the cost analysis.
/// </summary>
public sealed class CatalogsFixture : IAsyncLifetime
{
    public const string BusinessRetail = "98100000000000001";
    public const string BusinessHotel = "98100000000000002";
    public const string BusinessCreativeAssets = "98100000000000003";
    public const string PinnerRetail = "98100000000000004";

    private static readonly string[] CatalogsScopes = [PinterestScopes.CatalogsRead, PinterestScopes.CatalogsWrite];

    public SandboxGatewayFactory Factory { get; } = new([("Pinterest:MaxRetries", "0"), ("GraphQL:Http:MaxDocumentLength", "200000"), .. RelaxedLimits.RateLimits, .. RelaxedLimits.DocumentLimits]);

    public async Task InitializeAsync()
    {
        _ = Factory.Address;
        await using var scope = Factory.Services.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<SandboxConnector>();
        await connector.ConnectAsync(SandboxDemoUsers.Business, PinterestOptions.DefaultScopes, default);
        await connector.ConnectAsync(SandboxDemoUsers.Pinner, PinterestOptions.DefaultScopes, default);
        await connector.ConnectAsync(SandboxDemoUsers.Curator, [.. PinterestOptions.DefaultScopes.Except(CatalogsScopes)], default);
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
public sealed class CatalogsTests : ICollectionFixture<CatalogsFixture>
{
    public const string Name = "Catalogs";
}
