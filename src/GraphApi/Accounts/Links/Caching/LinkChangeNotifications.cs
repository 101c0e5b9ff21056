using GraphApi.Cluster;
using StackExchange.Redis;

namespace GraphApi.Accounts.Links.Caching;

/// <summary>
/// Keeps every instance's <see cref="AccountLinkCache"/> in step with the others' writes. With Redis: each write made
/// here is announced on the <c>links:changed</c> <see cref="ClusterChannel"/> (hashed key and new version; never a
/// token or an identity in clear) and every other instance drops its entry at once. While this instance may miss
/// messages (not yet subscribed, a connection down) entries are re-checked after at most a second, and once it is back
/// the whole cache is cleared. Without Redis but on PostgreSQL (several instances, nobody to announce writes) entries
/// are re-checked after at most a second. With SQLite alone (one instance) nothing changes.
/// </summary>
internal sealed class LinkChangeNotifications(
    AccountLinkCache cache,
    IServiceProvider services,
    IConfiguration configuration,
    RedisKeys keys,
    ILogger<LinkChangeNotifications> logger) : IHostedService, IClusterChannelListener
{
    /// <summary>The longest an entry is trusted while writes elsewhere may go unannounced.</summary>
    internal static readonly TimeSpan UnannouncedTrust = TimeSpan.FromSeconds(1);

    private ClusterChannel? _channel;

    /// <summary>Completes once this instance hears the others (tests wait for it before acting on another instance).</summary>
    internal Task Subscribed => _channel?.Subscribed ?? Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var redis = services.GetService<IConnectionMultiplexer>();
        if (redis is null)
        {
            if (configuration.IsPostgresStorage(out _))
            {
                cache.CapTrust(UnannouncedTrust);
            }

            return Task.CompletedTask;
        }

        cache.CapTrust(UnannouncedTrust);
        _channel = new ClusterChannel(redis, keys.Channel("links:changed"), this, logger);
        cache.ShareWrites((key, version) => _channel.Publish($"{ClusterKeyHash.Of(key)}|{version?.ToString("N") ?? "-"}"));
        _channel.Start();
        return Task.CompletedTask;
    }

    // No CancellationTokenSource to dispose: the host may stop this service after disposing the provider.
    public Task StopAsync(CancellationToken cancellationToken) => _channel?.StopAsync() ?? Task.CompletedTask;

    public void OnMessage(string payload)
    {
        if (payload.Split('|') is [var hash, _])
        {
            cache.InvalidateHash(hash);
        }
    }

    public void OnSubscribed()
    {
        cache.Clear();
        cache.CapTrust(null);
    }

    public void OnLost() => cache.CapTrust(UnannouncedTrust);

    public void OnRestored()
    {
        cache.Clear();
        if (_channel?.Subscribed.IsCompleted == true)
        {
            cache.CapTrust(null);
        }
    }
}
