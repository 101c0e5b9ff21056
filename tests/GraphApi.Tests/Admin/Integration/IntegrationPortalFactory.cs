using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Admin.Integration;

/// <summary>
/// The gateway on the sandbox, which knows three more Pinterest apps than its own (one per test tenant, and one whose
/// secret a test resets), with every log line captured so a test can look for a leaked secret.
/// </summary>
public sealed class IntegrationPortalFactory : GraphApiFactory
{
    public const string AppA = "tenant-a-app";
    public const string SecretA = "tenant-a-secret-7f3c9a";
    public const string AppB = "tenant-b-app";
    public const string SecretB = "tenant-b-secret-41d2e8";
    public const string RotatingApp = "rotating-app";
    public const string RotatingSecret = "rotating-secret-old-9b1";

    // The embedded sandbox is called over HTTP on the gateway's own address.
    public IntegrationPortalFactory() => UseKestrel(0);

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder
            .UseSetting("Sandbox:Apps:0:ClientId", AppA).UseSetting("Sandbox:Apps:0:ClientSecret", SecretA)
            .UseSetting("Sandbox:Apps:1:ClientId", AppB).UseSetting("Sandbox:Apps:1:ClientSecret", SecretB)
            .UseSetting("Sandbox:Apps:2:ClientId", RotatingApp).UseSetting("Sandbox:Apps:2:ClientSecret", RotatingSecret)
            .ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
    }

    public HttpClient ClientFor(string tenant, string user, bool admin = false)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(user, tenant, role: admin ? "admin" : null));
        return client;
    }

    /// <summary>Stores a working connection of <paramref name="user"/> in <paramref name="tenant"/> to a sandbox account, as a completed consent would.</summary>
    public async Task ConnectAsync(string tenant, string user, IReadOnlyList<string> scopes, TimeSpan? accessLifetime = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ISandboxTokenIssuer>().IssueAsync(SandboxDemoUsers.Curator, scopes);
        await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().SaveAsync(new AccountLinkKey(tenant, user), new PinterestTokenSet(
            issued.AccessToken,
            issued.RefreshToken,
            issued.Scopes.ToHashSet(StringComparer.Ordinal),
            accessLifetime is { } lifetime ? DateTimeOffset.UtcNow.Add(lifetime) : issued.AccessTokenExpiresAt,
            issued.RefreshTokenExpiresAt), default);
    }

    public async Task<PinterestAccountLink?> FindLinkAsync(string tenant, string user)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(new AccountLinkKey(tenant, user), default);
    }
}

public static class IntegrationPortalRequests
{
    public const string Save = """
        mutation($input: SavePinterestIntegrationInput!) {
          savePinterestIntegration(input: $input) {
            integration { tenantId clientId hasClientSecret enabled stored tier scopes { name selected required } }
            errors { __typename ... on UserError { code message } ... on ValidationError { field } }
          }
        }
        """;

    public const string Read = "{ pinterestIntegration { tenantId clientId hasClientSecret redirectUri tier tierLimits enabled stored scopes { name description selected required } } }";

    public const string Test = "mutation($input: TestIntegrationCredentialsInput) { testIntegrationCredentials(input: $input) { ok status message integrationEnabled } }";

    public static async Task<(string Raw, JsonElement Body)> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        var raw = await response.Content.ReadAsStringAsync();
        return (raw, JsonDocument.Parse(raw).RootElement.Clone());
    }

    public static Task<(string Raw, JsonElement Body)> SaveAsync(
        this HttpClient client, string clientId, string? clientSecret, string[] scopes, bool enabled = true, string tier = "TRIAL") =>
        client.PostAsync(Save, new { input = new { clientId, clientSecret, scopes, tier, enabled } });
}
