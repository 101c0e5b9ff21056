using StackExchange.Redis;

namespace GraphApi.Cluster;

/// <summary>
/// One Redis pub/sub channel on which instances tell each other to drop what they cached (the account-link cache's
/// <c>links:changed</c>, the read cache's <c>read-cache:invalidate</c>). Both need the same care, so it lives here once:
/// subscribe in the background (a Redis down at start must not hold up the start) and retry until it works; ignore this
/// instance's own messages; and say when messages may have been lost, because pub/sub does not replay them: before the
/// first subscription and while a connection is down (<see cref="IsListening"/> is false, the listener hears
/// <see cref="IClusterChannelListener.OnLost"/>), and once it is back (<see cref="IClusterChannelListener.OnRestored"/>:
/// drop everything cached before).
/// </summary>
/// <remarks>
/// Plumbing of our own because StackExchange.Redis gives the subscription but not this state: it re-subscribes by
/// itself after a reconnect, once the first subscription succeeded. Any connection's failure counts as a possible loss
/// (with RESP3 the subscription shares the interactive connection, so the connection type cannot be relied on).
/// </remarks>
internal sealed partial class ClusterChannel
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisChannel _channel;
    private readonly IClusterChannelListener _listener;
    private readonly ILogger _logger;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _subscribing = Task.CompletedTask;
    private volatile bool _stopping;
    private int _down;

    public ClusterChannel(IConnectionMultiplexer redis, RedisChannel channel, IClusterChannelListener listener, ILogger logger)
    {
        _redis = redis;
        _channel = channel;
        _listener = listener;
        _logger = logger;
    }

    /// <summary>Completes once this instance hears the others (tests wait for it before acting on another instance).</summary>
    public Task Subscribed => _subscribed.Task;

    /// <summary>True while every message another instance sends reaches this one: subscribed, and no connection down since.</summary>
    public bool IsListening => _subscribed.Task.IsCompleted && Volatile.Read(ref _down) == 0;

    public void Start()
    {
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;
        _subscribing = SubscribeAsync();
    }

    public async Task StopAsync()
    {
        _stopping = true;
        await _subscribing.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _redis.ConnectionFailed -= OnConnectionFailed;
        _redis.ConnectionRestored -= OnConnectionRestored;
        try
        {
            await _redis.GetSubscriber().UnsubscribeAsync(_channel, OnMessage);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Stopping anyway.
        }
    }

    /// <summary>
    /// Tells the other instances (best effort: when Redis is down nobody can be told now, and the others do not trust
    /// their caches while they cannot hear). <paramref name="payload"/> must not carry a token or an identity in clear.
    /// </summary>
    public void Publish(string payload)
    {
        if (!_redis.IsConnected)
        {
            return;
        }

        try
        {
            _redis.GetSubscriber().Publish(_channel, _instance + "|" + payload, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // As above.
        }
    }

    private async Task SubscribeAsync()
    {
        for (var attempt = 0; !_stopping; attempt++)
        {
            try
            {
                await _redis.GetSubscriber().SubscribeAsync(_channel, OnMessage);
                _listener.OnSubscribed();
                _subscribed.TrySetResult();
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                if (attempt == 0)
                {
                    LogSubscribeFailed(_logger, _channel.ToString(), ex.GetType().Name);
                }

                await Task.Delay(RetryDelay);
            }
        }
    }

    private void OnMessage(RedisChannel channel, RedisValue value)
    {
        var text = (string?)value;
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (bar > 0 && !text.AsSpan(0, bar).SequenceEqual(_instance))
        {
            _listener.OnMessage(text![(bar + 1)..]);
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs args)
    {
        _listener.OnLost();
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            // Once per outage: the multiplexer reports every failed reconnect attempt.
            LogConnectionLost(_logger, args.ConnectionType.ToString(), args.FailureType.ToString(), _channel.ToString());
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        // Messages sent while it was down are lost: the listener drops what it cached before, then listening resumes.
        _listener.OnRestored();
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogConnectionRestored(_logger, args.ConnectionType.ToString(), _channel.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot subscribe to the Redis channel {Channel} ({Failure}): retrying every second, caches it guards are not trusted meanwhile")]
    private static partial void LogSubscribeFailed(ILogger logger, string channel, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection lost ({ConnectionType}, {FailureType}): messages on {Channel} may be lost, caches it guards are not trusted until it is back")]
    private static partial void LogConnectionLost(ILogger logger, string connectionType, string failureType, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection restored ({ConnectionType}): what was cached before was dropped, since messages on {Channel} sent meanwhile were lost")]
    private static partial void LogConnectionRestored(ILogger logger, string connectionType, string channel);
}
