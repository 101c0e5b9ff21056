using Medallion.Threading;
using Medallion.Threading.Postgres;
using Medallion.Threading.Redis;
using StackExchange.Redis;

namespace GraphApi.Cluster;

/// <summary>
/// Named locks that hold across instances, from DistributedLock: Redis when <c>Redis:Configuration</c> is set, else
/// PostgreSQL advisory locks when <c>Storage:Provider</c> is Postgres (several instances on one database, no Redis),
/// else none: with SQLite there is one instance, and callers keep their in-process single-flight.
/// </summary>
public sealed partial class ClusterLocks
{
    private readonly IDistributedLockProvider? _provider;
    private readonly IConnectionMultiplexer? _redis;
    private readonly RedisKeys _keys;
    private readonly ILogger<ClusterLocks> _logger;
    private int _failing;

    public ClusterLocks(IServiceProvider services, IConfiguration configuration, RedisKeys keys, ILogger<ClusterLocks> logger)
    {
        _keys = keys;
        _logger = logger;
        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            _redis = redis;
            _provider = new RedisDistributedSynchronizationProvider(redis.GetDatabase());
            Kind = "redis";
        }
        else if (configuration.IsPostgresStorage(out var connectionString))
        {
            _provider = new PostgresDistributedSynchronizationProvider(connectionString);
            Kind = "postgres";
        }
    }

    /// <summary>"redis", "postgres", or null when locks are in-process only.</summary>
    public string? Kind { get; }

    public bool AreShared => _provider is not null;

    /// <summary>
    /// Takes the lock <paramref name="name"/> (no identities in it: use <see cref="ClusterKeyHash"/>) within
    /// <paramref name="wait"/>. Returns the handle to dispose, <see cref="ClusterLockResult.TimedOut"/> when another
    /// instance held it all along, or <see cref="ClusterLockResult.Unshared"/> when there is nothing to share or the lock
    /// server cannot be reached (logged once per outage): the caller then goes on with its in-process guard only, since
    /// refusing every refresh while Redis is down would take every expired connection offline with it.
    /// </summary>
    public async Task<ClusterLockResult> TryAcquireAsync(string name, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (_provider is null)
        {
            return ClusterLockResult.Unshared;
        }

        try
        {
            // Disconnected, StackExchange.Redis would hold the command in its backlog for seconds: fail over at once.
            if (_redis is { IsConnected: false })
            {
                return Down("NotConnected");
            }

            var handle = await _provider.CreateLock(_keys.Key("lock:" + name).ToString()).TryAcquireAsync(wait, cancellationToken);
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                LogLockServerBack(_logger, Kind!);
            }

            return handle is null ? ClusterLockResult.TimedOut : new ClusterLockResult(handle);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
        {
            // The exception's type only: its message can quote endpoints or connection settings.
            return Down(ex.GetType().Name);
        }
    }

    private ClusterLockResult Down(string failure)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            LogLockServerDown(_logger, Kind!, failure);
        }

        return ClusterLockResult.Unshared;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} lock server cannot be reached ({Failure}): refreshes and idempotent creates are single-flight per instance only until it is back")]
    private static partial void LogLockServerDown(ILogger logger, string kind, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Kind} lock server answers again: locks are shared across instances")]
    private static partial void LogLockServerBack(ILogger logger, string kind);
}

/// <summary>The outcome of <see cref="ClusterLocks.TryAcquireAsync"/>; dispose it to release a held lock.</summary>
public sealed class ClusterLockResult(IDistributedSynchronizationHandle? handle, bool timedOut = false) : IAsyncDisposable
{
    public static ClusterLockResult Unshared { get; } = new(null);

    public static ClusterLockResult TimedOut { get; } = new(null, timedOut: true);

    /// <summary>True when this instance now holds the lock across instances.</summary>
    public bool IsHeld => handle is not null;

    /// <summary>True when another instance held the lock for the whole wait.</summary>
    public bool IsTimedOut { get; } = timedOut;

    public ValueTask DisposeAsync() => handle?.DisposeAsync() ?? ValueTask.CompletedTask;
}
