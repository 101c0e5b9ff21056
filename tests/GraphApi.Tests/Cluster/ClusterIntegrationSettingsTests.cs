using GraphApi.Admin.Integration;
using GraphApi.Tests.Accounts.Links.Durability;
using GraphApi.Tests.Admin.Integration;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphApi.Tests.Cluster;

/// <summary>
/// An admin's save on one instance reaches the other at once, not when its cached entry ages out: the cache duration
/// is ten minutes (the most allowed) here, so only A's message can make B read the new settings.
/// </summary>
public sealed class ClusterIntegrationSettingsTests
{
    private const string Tenant = "tenant-cluster";

    [SkippableFact]
    public async Task Disabling_a_tenants_integration_on_A_takes_effect_on_B_without_waiting_for_its_cache()
    {
        await using var nodes = await TwoNodes.StartAsync(("Admin:IntegrationCacheDuration", "00:10:00"));
        await SubscribedAsync(nodes.A);
        await SubscribedAsync(nodes.B);
        var onB = nodes.B.Services.GetRequiredService<ITenantApps>();
        (await onB.GetAsync(Tenant, default)).Enabled.ShouldBeTrue();
        (await onB.GetAsync(Tenant, default)).Stored.ShouldBeFalse("B now holds the settings file's app for ten minutes");

        using var admin = nodes.A.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("admin-cluster", Tenant, role: "admin"));
        var saved = await admin.SaveAsync("cluster-app", "cluster-secret-51c2", ["user_accounts:read", "boards:read", "pins:read"], enabled: false);
        saved.Body.GetProperty("data").GetProperty("savePinterestIntegration").GetProperty("errors").GetArrayLength().ShouldBe(0, saved.Raw);

        (await SandboxAccountLinks.EventuallyAsync(async () => !(await onB.GetAsync(Tenant, default)).Enabled, TimeSpan.FromSeconds(5)))
            .ShouldBeTrue("B kept the integration it cached before A's save");
        var app = await onB.GetAsync(Tenant, default);
        app.ClientId.ShouldBe("cluster-app");
        app.ClientSecret.ShouldBe("cluster-secret-51c2", "B decrypts the secret A stored with the shared key ring");
    }

    private static async Task SubscribedAsync(ClusterNode node) =>
        await node.Services.GetServices<IHostedService>().OfType<TenantAppChangeNotifications>().Single().Subscribed.WaitAsync(TimeSpan.FromSeconds(15));
}
