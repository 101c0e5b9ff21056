using GraphApi.Cluster;
using StackExchange.Redis;

namespace GraphApi.Accounts.Links.Caching;

/// <summary>
/// Keeps every instance's <see cref="AccountLinkCache"/> in step with the others' writes. With Redis: each write made
/// here is announced on the <c>links:changed</c> channel (instance id, hashed key, new version; never a token or an
/// identity in clear) and every other instance drops its entry at once. A lost connection may lose messages, so
/// while it is down entries are re-checked after at most a second, and once it is back the whole cache is cleared.
/// Without Redis but on PostgreSQL (several instances, nobody to announce writes) entries are re-checked after at most
/// a second. With SQLite alone (one instance) nothing changes.
/// </summary>
internal sealed partial class LinkChangeNotifications(
    AccountLinkCache cache,
    IServiceProvider services,
    IConfiguration configuration,
    RedisKeys keys,
    ILogger<LinkChangeNotifications> logger) : IHostedService
{
    /// <summary>The longest an entry is trusted while writes elsewhere may go unannounced.</summary>
    internal static readonly TimeSpan UnannouncedTrust = TimeSpan.FromSeconds(1);

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private volatile bool _stopping;
    private IConnectionMultiplexer? _redis;
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _subscribing = Task.CompletedTask;
    private int _down;

    /// <summary>Completes once this instance hears the others (tests wait for it before acting on another instance).</summary>
    internal Task Subscribed => _subscribed.Task;

    private RedisChannel Channel => keys.Channel("links:changed");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _redis = services.GetService<IConnectionMultiplexer>();
        if (_redis is null)
        {
            if (configuration.IsPostgresStorage(out _))
            {
                cache.CapTrust(UnannouncedTrust);
            }

            return Task.CompletedTask;
        }

        cache.CapTrust(UnannouncedTrust);
        cache.ShareWrites(Publish);
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;

        // In the background: a Redis that is down at start must not hold up the start (readiness reports it).
        _subscribing = SubscribeAsync();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // No CancellationTokenSource to dispose: the host may stop this service after disposing the provider.
        _stopping = true;
        await _subscribing.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        if (_redis is not null)
        {
            _redis.ConnectionFailed -= OnConnectionFailed;
            _redis.ConnectionRestored -= OnConnectionRestored;
            try
            {
                await _redis.GetSubscriber().UnsubscribeAsync(Channel, OnMessage);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Stopping anyway.
            }
        }
    }


    private async Task SubscribeAsync()
    {
        // StackExchange.Redis re-subscribes by itself after a reconnect once the first subscription succeeded.
        for (var attempt = 0; !_stopping; attempt++)
        {
            try
            {
                await _redis!.GetSubscriber().SubscribeAsync(Channel, OnMessage);
                cache.Clear();
                cache.CapTrust(null);
                _subscribed.TrySetResult();
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                if (attempt == 0)
                {
                    LogSubscribeFailed(logger, ex.GetType().Name);
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private void Publish(AccountLinkKey key, Guid? version)
    {
        if (_redis is not { IsConnected: true })
        {
            // The others re-check within their own trust period; they cannot be told now.
            return;
        }

        try
        {
            var message = $"{_instance}|{ClusterKeyHash.Of(key)}|{version?.ToString("N") ?? "-"}";
            _redis.GetSubscriber().Publish(Channel, message, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // As above: best effort, bounded by the trust period.
        }
    }

    private void OnMessage(RedisChannel channel, RedisValue value)
    {
        if (((string?)value)?.Split('|') is [var instance, var hash, _] && instance != _instance)
        {
            cache.InvalidateHash(hash);
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs args)
    {
        cache.CapTrust(UnannouncedTrust);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            // Once per outage: the multiplexer reports every failed reconnect attempt.
            LogConnectionLost(logger, args.ConnectionType.ToString(), args.FailureType.ToString());
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        // Messages sent while it was down are lost: nothing cached before can be trusted.
        cache.Clear();
        if (_subscribing.IsCompletedSuccessfully)
        {
            cache.CapTrust(null);
        }

        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogConnectionRestored(logger, args.ConnectionType.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot subscribe to connection changes in Redis ({Failure}): connections are re-checked against the database every second until it works")]
    private static partial void LogSubscribeFailed(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection lost ({ConnectionType}, {FailureType}): cached connections are re-checked every second until it is back")]
    private static partial void LogConnectionLost(ILogger logger, string connectionType, string failureType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection restored ({ConnectionType}): the connection cache was cleared, since changes made meanwhile were not announced")]
    private static partial void LogConnectionRestored(ILogger logger, string connectionType);
}
