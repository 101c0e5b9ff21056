using GraphApi.Cluster;
using StackExchange.Redis;

namespace GraphApi.Admin.Integration;

/// <summary>
/// Tells the other instances when an admin saved a tenant's app, so a disabled integration, a rotated secret or new
/// scopes take effect everywhere at once instead of when each instance's entry ages out
/// (<c>Admin:IntegrationCacheDuration</c>). With Redis each save made here is announced on the
/// <c>integration:changed</c> <see cref="ClusterChannel"/> and every other instance drops its whole cache: saves are
/// rare and tenants few, so the message carries nothing (no tenant id, no client id). While this instance may miss
/// messages (not yet subscribed, a connection down) the cache duration still bounds how stale an entry can be, and once
/// it hears again it drops everything cached before. Without Redis the cache duration is the only bound.
/// </summary>
internal sealed class TenantAppChangeNotifications(
    TenantApps apps,
    IServiceProvider services,
    RedisKeys keys,
    ILogger<TenantAppChangeNotifications> logger) : IHostedService, IClusterChannelListener
{
    private ClusterChannel? _channel;

    /// <summary>Completes once this instance hears the others (tests wait for it before acting on another instance).</summary>
    internal Task Subscribed => _channel?.Subscribed ?? Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IConnectionMultiplexer>() is not { } redis)
        {
            return Task.CompletedTask;
        }

        _channel = new ClusterChannel(redis, keys.Channel("integration:changed"), this, logger);
        apps.ShareSaves(() => _channel.Publish("saved"));
        _channel.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _channel?.StopAsync() ?? Task.CompletedTask;

    public void OnMessage(string payload) => apps.ForgetAll();

    public void OnSubscribed() => apps.ForgetAll();

    public void OnLost()
    {
        // Entries still age out after Admin:IntegrationCacheDuration; nothing else to do until the connection is back.
    }

    public void OnRestored() => apps.ForgetAll();
}
