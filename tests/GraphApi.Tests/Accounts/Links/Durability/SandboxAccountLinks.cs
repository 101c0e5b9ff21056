using System.Text.Json;
using GraphApi.Accounts.Links;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links.Durability;

/// <summary>Set-up and look-ups on a sandbox gateway's connections, for the durability tests.</summary>
internal static class SandboxAccountLinks
{
    public const string MeQuery = "{ me { username } }";

    public static async Task ConnectAsync(this SandboxGatewayFactory factory, string user)
    {
        _ = factory.Address;
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(user, null, default);
    }

    /// <summary>Rewrites the stored connection (a new version) with its access token already expired, keeping its refresh token.</summary>
    public static async Task ExpireAccessTokenAsync(this SandboxGatewayFactory factory, string user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        var connection = await store.FindAsync(new AccountLinkKey("", user), default);
        await store.SaveAsync(connection!.Key, connection.Tokens with { AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-5) }, default);
    }

    /// <summary>What requests see (the store every component uses, including tokens held in memory).</summary>
    public static async Task<PinterestAccountLink?> FindAsync(this SandboxGatewayFactory factory, string user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(new AccountLinkKey("", user), default);
    }

    /// <summary>What the database row holds, nothing else.</summary>
    public static async Task<PinterestAccountLink?> FindInDatabaseAsync(this SandboxGatewayFactory factory, string user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EfAccountLinkStore>().FindAsync(new AccountLinkKey("", user), default);
    }

    public static async Task<JsonElement> QueryAsync(this SandboxGatewayFactory factory, string user, string query = MeQuery)
    {
        using var client = factory.CreateClientFor(user);
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query));
        return await response.ReadJsonAsync();
    }

    public static string[] JournalFiles(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "token-journal");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.tok") : [];
    }

    /// <summary>Polls a condition on state (never a speed assertion): true once it holds, false after <paramref name="limit"/>.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }
}
