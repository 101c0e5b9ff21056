using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Caching;
using GraphApi.Tests.Accounts.Links.Durability;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace GraphApi.Tests.Cluster;

/// <summary>The decrypted-connection cache of one instance follows the writes of another, through Redis pub/sub.</summary>
public sealed class ClusterLinkCacheTests
{
    // Far above the bound under test: only an announcement can make B drop its entry in time.
    private static readonly (string, string) TrustLong = ("ConnectionCache:RevalidateAfter", "00:05:00");

    [SkippableFact]
    public async Task A_disconnect_on_A_is_seen_by_B_within_a_second()
    {
        await using var nodes = await TwoNodes.StartAsync(TrustLong);
        await SubscribedAsync(nodes.A);
        await SubscribedAsync(nodes.B);
        await nodes.A.SaveAsync("dan", accessExpiresIn: TimeSpan.FromDays(1));
        using var onB = nodes.B.CreateClientFor("dan");
        (await StatusAsync(onB)).ShouldBe("CONNECTED");
        (await StatusAsync(onB)).ShouldBe("CONNECTED");
        nodes.B.Services.GetRequiredService<AccountLinkCache>().Count.ShouldBe(1, "B answers from its cache");

        (await nodes.A.WithStoreAsync(store => store.DeleteAsync(new AccountLinkKey("", "dan"), default))).ShouldBeTrue();

        (await SandboxAccountLinks.EventuallyAsync(async () => await StatusAsync(onB) == "NOT_CONNECTED", TimeSpan.FromSeconds(1))).ShouldBeTrue();
    }

    [SkippableFact]
    public async Task A_refresh_on_A_replaces_the_tokens_B_uses()
    {
        await using var nodes = await TwoNodes.StartAsync(TrustLong);
        await SubscribedAsync(nodes.B);
        await nodes.A.SaveAsync("eve", accessExpiresIn: TimeSpan.FromDays(1));
        (await nodes.B.GetTokenAsync("eve")).ShouldBe("stored-access-eve");

        // A reconnect on A (a new consent): B must stop using the old access token.
        var reconnected = await nodes.A.WithStoreAsync(store => store.SaveAsync(new AccountLinkKey("", "eve"), new PinterestTokenSet(
            "new-access-eve", "new-refresh-eve", new HashSet<string> { "pins:read" }, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(60)), default));

        (await SandboxAccountLinks.EventuallyAsync(async () => await nodes.B.GetTokenAsync("eve") == "new-access-eve", TimeSpan.FromSeconds(1))).ShouldBeTrue();
        reconnected.Tokens.AccessToken.ShouldBe("new-access-eve");
    }

    [SkippableFact]
    public async Task A_lost_subscription_clears_the_cache_once_Redis_is_back()
    {
        var clientName = "graphapi-t-" + Guid.NewGuid().ToString("N")[..12];
        var redis = ExternalServers.Redis;
        await using var nodes = await TwoNodes.StartAsync(TrustLong, ("Redis:Configuration", $"{redis},name={clientName}"));
        await SubscribedAsync(nodes.B);
        await nodes.A.SaveAsync("fay", accessExpiresIn: TimeSpan.FromDays(1));
        using var onB = nodes.B.CreateClientFor("fay");
        (await StatusAsync(onB)).ShouldBe("CONNECTED");
        var cache = nodes.B.Services.GetRequiredService<AccountLinkCache>();
        cache.Count.ShouldBe(1);

        // Drop every connection of this test's instances (named above), as a Redis restart or a network cut would.
        await using (var admin = await ConnectionMultiplexer.ConnectAsync(redis + ",allowAdmin=true"))
        {
            var server = admin.GetServer(admin.GetEndPoints()[0]);
            foreach (var client in (await server.ClientListAsync()).Where(c => c.Name == clientName))
            {
                await server.ClientKillAsync(client.Id, clientType: null, endpoint: null, skipMe: true);
            }
        }

        (await SandboxAccountLinks.EventuallyAsync(() => Task.FromResult(cache.Count == 0), TimeSpan.FromSeconds(15))).ShouldBeTrue(
            "announcements sent while the subscription was down are lost, so nothing cached before may be trusted");
        (await StatusAsync(onB)).ShouldBe("CONNECTED");
    }

    private static async Task SubscribedAsync(ClusterNode node) =>
        await node.Services.GetServices<IHostedService>().OfType<LinkChangeNotifications>().Single().Subscribed.WaitAsync(TimeSpan.FromSeconds(15));

    private static async Task<string?> StatusAsync(HttpClient client)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ pinterestConnection { status } }"));
        return (await response.ReadJsonAsync()).At("data.pinterestConnection.status").GetString();
    }
}
