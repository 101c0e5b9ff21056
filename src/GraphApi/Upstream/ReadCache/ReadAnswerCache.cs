using GraphApi.Cluster;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GraphApi.Upstream.ReadCache;

/// <summary>
/// The read cache itself: a HybridCache (memory, then Redis when <c>Redis:Configuration</c> is set) of successful
/// Pinterest answers, one tag per account link, and the cross-instance invalidation HybridCache lacks.
/// </summary>
/// <remarks>
/// <para>HybridCache 10.x applies <c>RemoveByTagAsync</c> to this process and records it in Redis, but another instance
/// reads a tag's invalidation time from Redis once and then keeps it, so without help it would go on serving its memory
/// copy and even accept older Redis values after a write elsewhere. Every invalidation is therefore published on
/// <c>RedisKeys.Channel("read-cache:invalidate")</c> and applied by every instance, at once and once more after
/// <see cref="Echo"/> (a read that was answered by Pinterest before the write but stored after another instance applied
/// the message must not survive it). The channel is a <see cref="ClusterChannel"/>: while this instance may miss
/// messages (before its first subscription, while a connection is down) the cache is neither read nor written, and when
/// the connection comes back everything cached before is dropped (messages sent meanwhile were lost).</para>
/// <para>A private HybridCache, not the app container's: its memory budget, serializer (encrypting) and Redis instance
/// name are this cache's own, and nothing else registered as <c>HybridCache</c> or <c>IDistributedCache</c> can mix
/// with it. The RedisCache is built by hand and never disposed, because RedisCache.Dispose closes the multiplexer it was
/// given, which is the process's shared one.</para>
/// </remarks>
internal sealed class ReadAnswerCache : IHostedService, IClusterChannelListener
{
    public static readonly TimeSpan Echo = TimeSpan.FromSeconds(1);
    private const string WildcardTag = "*";
    private const int Stripes = 1024;

    private readonly ReadCacheOptions _options;
    private readonly HybridCache? _hybrid;
    private readonly IConnectionMultiplexer? _redis;
    private readonly RedisChannel _channel;
    private readonly TimeProvider _time;
    private readonly ILogger<ReadAnswerCache> _logger;
    private readonly Telemetry.GraphApiMetrics? _metrics;
    private ClusterChannel? _listening;

    // Invalidations seen per stripe of tags (local writes and other instances' messages). A read caches its answer only
    // when its stripe did not move while Pinterest answered: a read racing a write of the same link (or, rarely, of a
    // link in the same stripe) is answered but not cached. Fixed size, so it never grows with callers.
    private readonly long[] _invalidations = new long[Stripes];

    public ReadAnswerCache(
        IOptions<ReadCacheOptions> options,
        RedisKeys keys,
        IDataProtectionProvider dataProtection,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        IConnectionMultiplexer? redis = null,
        Telemetry.GraphApiMetrics? metrics = null)
    {
        _options = options.Value;
        _redis = redis;
        _time = time;
        _metrics = metrics;
        _logger = loggerFactory.CreateLogger<ReadAnswerCache>();
        _channel = keys.Channel("read-cache:invalidate");
        if (!_options.Enabled)
        {
            // Off (the default): nothing is built, the handler passes every call through.
            return;
        }

        var inner = new ServiceCollection();
        inner.AddSingleton(time);
        inner.AddSingleton(loggerFactory);
        inner.AddMemoryCache(o => o.SizeLimit = _options.MaxLocalBytes);
        inner.AddHybridCache(o =>
            {
                // Data Protection adds a header and a MAC to each value (under 100 bytes); the body limit is checked before.
                o.MaximumPayloadBytes = _options.MaxEntryBytes + 4096;
                o.DefaultEntryOptions = new HybridCacheEntryOptions { Expiration = _options.Expiration, LocalCacheExpiration = _options.LocalExpiration };
            })
            .AddSerializer(new CachedAnswerSerializer(redis is null ? null : dataProtection.CreateProtector(CachedAnswerSerializer.Purpose)));
        if (redis is not null)
        {
            inner.AddSingleton<IDistributedCache>(new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(redis),
                InstanceName = (string?)keys.Key("read-cache:"),
            })));
        }

        _hybrid = inner.BuildServiceProvider().GetRequiredService<HybridCache>();
    }

    private HybridCache Cache => _hybrid ?? throw new InvalidOperationException("The read cache is off (ReadCache:Enabled).");

    public bool Enabled => _options.Enabled;

    public int MaxEntryBytes => _options.MaxEntryBytes;

    /// <summary>Completes once this instance hears the others' invalidations (at once without Redis).</summary>
    internal Task Subscribed => _listening?.Subscribed ?? Task.CompletedTask;

    // Without Redis there is nobody to hear; with it, a cache that may have missed an invalidation is not used.
    private bool Trusted => _redis is null || _listening is { IsListening: true };

    /// <summary>Invalidations seen so far for <paramref name="tag"/>'s stripe; compare before and after a read.</summary>
    public long InvalidationsOf(string tag) => Volatile.Read(ref _invalidations[Stripe(tag)]);

    /// <summary>
    /// The cached answer, or null. A cache that fails (Redis down, an unreadable value) is a miss, never an error.
    /// The tag is given here too: an answer found in Redis is copied into memory under the lookup's tags, and without
    /// them that copy would outlive the link's invalidation.
    /// </summary>
    public async ValueTask<CachedAnswer?> GetAsync(string key, string tag, CancellationToken cancellationToken)
    {
        CachedAnswer? answer = null;
        try
        {
            if (Trusted)
            {
                var flags = HybridCacheEntryFlags.DisableUnderlyingData | RedisFlags(HybridCacheEntryFlags.DisableDistributedCache);
                answer = await Cache.GetOrCreateAsync<CachedAnswer?>(
                    key, static _ => ValueTask.FromResult<CachedAnswer?>(null), new HybridCacheEntryOptions { Flags = flags }, [tag], cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("The read cache could not be read ({ErrorType}); Pinterest is asked instead.", ex.GetType().Name);
            answer = null;
        }

        var hit = answer is { IsUsable: true };
        _metrics?.CacheLookup("read", hit);
        return hit ? answer : null;
    }

    /// <summary>Stores an answer read while <paramref name="tag"/>'s stripe stood at <paramref name="invalidationsBefore"/>, unless it moved.</summary>
    public async ValueTask OfferAsync(string key, string tag, CachedAnswer answer, long invalidationsBefore, CancellationToken cancellationToken)
    {
        if (!answer.IsUsable || answer.Body.Length > _options.MaxEntryBytes || InvalidationsOf(tag) != invalidationsBefore || !Trusted)
        {
            return;
        }

        try
        {
            var options = new HybridCacheEntryOptions { Flags = RedisFlags(HybridCacheEntryFlags.DisableDistributedCacheWrite) };
            await Cache.SetAsync(key, answer, options, [tag], cancellationToken);
            if (InvalidationsOf(tag) != invalidationsBefore)
            {
                // A write landed while this was being stored: its invalidation may have run before the store.
                await Cache.RemoveAsync(key, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("The read cache could not store an answer ({ErrorType}).", ex.GetType().Name);
        }
    }

    /// <summary>After a write through <paramref name="tag"/>'s link: every instance stops answering its cached reads.</summary>
    public void Invalidate(string tag)
    {
        ApplyLocally(tag);
        _listening?.Publish(tag);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_redis is null || !_options.Enabled)
        {
            return Task.CompletedTask;
        }

        _listening = new ClusterChannel(_redis, _channel, this, _logger);
        _listening.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _listening?.StopAsync() ?? Task.CompletedTask;

    void IClusterChannelListener.OnMessage(string payload) => ApplyLocally(payload);

    void IClusterChannelListener.OnSubscribed()
    {
        // Nothing was read or stored before: the cache was not trusted until now.
    }

    void IClusterChannelListener.OnLost()
    {
        // Not trusted from now (the channel says so) until OnRestored has dropped what may be stale.
    }

    void IClusterChannelListener.OnRestored()
    {
        for (var i = 0; i < Stripes; i++)
        {
            Interlocked.Increment(ref _invalidations[i]);
        }

        Observe(Cache.RemoveByTagAsync(WildcardTag, CancellationToken.None).AsTask(), "drop the read cache");
    }

    private void ApplyLocally(string tag)
    {
        Interlocked.Increment(ref _invalidations[Stripe(tag)]);

        // RemoveByTagAsync applies to this process before it returns; only its Redis write is left running (and skipped
        // on failure by HybridCache), so a slow or absent Redis never delays the write that caused it.
        Observe(Cache.RemoveByTagAsync(tag, CancellationToken.None).AsTask(), "invalidate a link");
        if (_redis is not null)
        {
            Observe(EchoAsync(tag), "repeat an invalidation");
        }
    }

    private async Task EchoAsync(string tag)
    {
        await Task.Delay(Echo, _time);
        Interlocked.Increment(ref _invalidations[Stripe(tag)]);
        await Cache.RemoveByTagAsync(tag, CancellationToken.None);
    }

    private HybridCacheEntryFlags RedisFlags(HybridCacheEntryFlags whenDisconnected) =>
        _redis is { IsConnected: false } ? whenDisconnected : HybridCacheEntryFlags.None;

    private static int Stripe(string tag) => (int)((uint)StringComparer.Ordinal.GetHashCode(tag) % Stripes);

    private void Observe(Task task, string what)
    {
        if (task.IsCompletedSuccessfully)
        {
            return;
        }

        _ = task.ContinueWith(
            static (t, state) =>
            {
                var (logger, what) = ((ILogger, string))state!;
                logger.LogWarning("The read cache could not {What} ({ErrorType}).", what, t.Exception?.InnerException?.GetType().Name);
            },
            (_logger, what), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
