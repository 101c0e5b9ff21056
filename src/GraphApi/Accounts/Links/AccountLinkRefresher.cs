using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links.Durability;
using GraphApi.Admin.Integration;
using GraphApi.Cluster;
using GraphApi.Pinterest.Errors;
using GraphApi.Telemetry;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links;

/// <summary>
/// Refreshes a link's tokens single-flight, sharing the outcome: concurrent requests for one link await
/// one shared attempt (a Task, not a queue in which each waiter would retry), success or failure. After a failure of
/// the token endpoint (5xx, timeout, network, 429) the link cools down for <c>Pinterest:RefreshFailureCooldown</c>:
/// callers get <see cref="PinterestRefreshUnavailableException"/> at once and no token call is made. A refused refresh
/// token marks the link RECONNECT_REQUIRED for everyone. The refreshed set is made durable by
/// <see cref="TokenRotationWriter"/> before anyone gets it. Across gateway instances the store's versioned update
/// keeps the rotated refresh token from being overwritten by a slower refresh, and a <see cref="ClusterLocks"/> lock
/// per connection (Redis or PostgreSQL) makes the token call itself single-flight across instances: whoever gets the
/// lock second re-reads the link and, finding a new version, uses it without calling. Cool-downs are shared through
/// Redis (<see cref="SharedRefreshCoolDowns"/>). See docs/scale-out/shared-state.md.
/// </summary>
/// <remarks>
/// Bounded: a flight leaves the table when it ends, a cool-down when it expires (a timer removes it even if the
/// caller never returns), so both tables hold only connections with a refresh running or failed moments ago.
/// </remarks>
internal sealed partial class AccountLinkRefresher(
    IServiceScopeFactory scopes,
    TokenRotationWriter writer,
    ClusterLocks locks,
    SharedRefreshCoolDowns sharedCoolDowns,
    IOptions<ClusterOptions> cluster,
    IOptions<PinterestOptions> options,
    TimeProvider time,
    ILogger<AccountLinkRefresher> logger)
{
    // Longest cool-down a 429's own wait hint may impose; beyond it the setting applies.
    private static readonly TimeSpan MaxRateLimitCooldown = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<AccountLinkKey, Flight> _flights = new();
    private readonly ConcurrentDictionary<AccountLinkKey, CoolDown> _coolDowns = new();

    /// <summary>Connections with a refresh or background write running, or cooling down (tests, diagnostics).</summary>
    public int TrackedCount => _flights.Count + _coolDowns.Count;

    // seenVersion: the version the caller found stale; if the stored one differs, someone already refreshed.
    public async Task<PinterestAccountLink> RefreshAsync(AccountLinkKey key, Guid seenVersion, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A cool-down belongs to the tokens whose refresh failed: a caller holding another version (after a reconnect,
            // or a stale read) passes, but leaves the cool-down in place for the callers of the failed version.
            if (_coolDowns.TryGetValue(key, out var coolDown) && coolDown.Version == seenVersion)
            {
                var left = coolDown.Until - time.GetUtcNow();
                if (left > TimeSpan.Zero)
                {
                    throw new PinterestRefreshUnavailableException(coolDown.RateLimited, left);
                }

                _coolDowns.TryRemove(KeyValuePair.Create(key, coolDown));
            }

            if (_flights.TryGetValue(key, out var running))
            {
                if (running.IsBackgroundWrite)
                {
                    // A background write of this link's unwritten tokens: wait for it, then refresh from what it left.
                    await ((Task)running.Task).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                        .WaitAsync(cancellationToken);
                    continue;
                }

                // A waiter's cancellation ends its wait, never the shared attempt.
                return (await running.Task.WaitAsync(cancellationToken))!;
            }

            var flight = new Flight(isBackgroundWrite: false, seenVersion);
            if (_flights.TryAdd(key, flight))
            {
                Start(key, flight, () => RefreshOnceAsync(key, seenVersion));
                return (await flight.Task.WaitAsync(cancellationToken))!;
            }
        }
    }

    /// <summary>
    /// One background attempt to write the link's unwritten tokens, unless a refresh of it is running (it then
    /// supersedes or writes them itself): null when skipped, true when nothing is left to write, false when still unwritten.
    /// </summary>
    public async Task<bool?> TryPersistPendingAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        var flight = new Flight(isBackgroundWrite: true, version: null);
        if (!_flights.TryAdd(key, flight))
        {
            return null;
        }

        var written = false;
        Start(key, flight, async () =>
        {
            written = await writer.RetryPendingAsync(key);
            return null;
        });
        await ((Task)flight.Task).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
            .WaitAsync(cancellationToken);
        return written;
    }

    private void Start(AccountLinkKey key, Flight flight, Func<Task<PinterestAccountLink?>> body)
    {
        // The attempt is shared, so it must not carry the first caller's context (its HttpContext, log scopes, trace):
        // its span is a root of its own trace, linked to the caller's span (read here, before the flow is suppressed).
        var caller = flight.IsBackgroundWrite ? default : TokenRefreshTelemetry.Started();
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(key, flight, body, caller));
        }
    }

    private async Task RunAsync(AccountLinkKey key, Flight flight, Func<Task<PinterestAccountLink?>> body, ActivityContext caller)
    {
        // The token call, the durable write and the refresh log lines run inside it (Activity.Current flows into body).
        using var attempt = flight.IsBackgroundWrite ? null : TokenRefreshTelemetry.StartAttempt(caller);
        try
        {
            var link = await body();
            _flights.TryRemove(KeyValuePair.Create(key, flight));
            if (link is not null && !flight.IsBackgroundWrite)
            {
                TokenRefreshTelemetry.Ended(attempt, link, Telemetry.GraphApiMetrics.RefreshOutcomes.Success);
            }

            flight.Completion.SetResult(link);
        }
        catch (PinterestRefreshUnavailableException unavailable)
        {
            // The cool-down is in place before the flight leaves, so no request slips in between to call again.
            var coolDown = new CoolDown(time.GetUtcNow() + unavailable.RetryAfter, unavailable.RateLimited, flight.Version);
            _coolDowns[key] = coolDown;
            _ = ForgetCoolDownAsync(key, coolDown, unavailable.RetryAfter);
            TokenRefreshTelemetry.Ended(attempt, unavailable, Telemetry.GraphApiMetrics.RefreshOutcomes.Unavailable);
            Fail(key, flight, unavailable);
        }
        catch (Exception ex)
        {
            TokenRefreshTelemetry.Ended(attempt, ex, TokenRefreshTelemetry.OutcomeOf(ex));
            Fail(key, flight, ex);
        }
    }

    private void Fail(AccountLinkKey key, Flight flight, Exception exception)
    {
        _flights.TryRemove(KeyValuePair.Create(key, flight));
        flight.Completion.SetException(exception);
        _ = flight.Task.Exception; // observed here, whether or not anyone still waits
    }

    private async Task ForgetCoolDownAsync(AccountLinkKey key, CoolDown coolDown, TimeSpan after)
    {
        await Task.Delay(after, time);
        _coolDowns.TryRemove(KeyValuePair.Create(key, coolDown));
    }

    private async Task<PinterestAccountLink?> RefreshOnceAsync(AccountLinkKey key, Guid seenVersion)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        var current = await store.FindAsync(key, CancellationToken.None) ?? throw new PinterestNotConnectedException();
        if (current.Status == AccountLinkStatus.ReconnectRequired)
        {
            throw new PinterestReconnectRequiredException();
        }

        if (current.Version != seenVersion)
        {
            return current;
        }

        // Held through the token call and the write, so another instance's refresh of this link waits and then finds the
        // new version. Never the caller's token: like the call itself, the wait must not be cut short by one request.
        var linkHash = ClusterKeyHash.Of(key);
        await using var clusterLock = await locks.TryAcquireAsync("refresh:" + linkHash, cluster.Value.RefreshLockWait, CancellationToken.None);
        if (clusterLock.IsHeld || clusterLock.IsTimedOut)
        {
            current = await store.FindAsync(key, CancellationToken.None) ?? throw new PinterestNotConnectedException();
            if (current.Status == AccountLinkStatus.ReconnectRequired)
            {
                throw new PinterestReconnectRequiredException();
            }

            if (current.Version != seenVersion)
            {
                return current;
            }

            if (clusterLock.IsTimedOut)
            {
                // Another instance's refresh of this link outlasted Cluster:RefreshLockWait: calling now could spend the
                // refresh token it is rotating. The caller retries shortly (UPSTREAM_UNAVAILABLE, retryAfter 1 s).
                LogLockWaitTimedOut(logger, key.TenantId, key.UserId, cluster.Value.RefreshLockWait);
                throw new PinterestRefreshUnavailableException(rateLimited: false, TimeSpan.FromSeconds(1));
            }

            if (await sharedCoolDowns.FindAsync(linkHash, seenVersion) is { } shared)
            {
                throw new PinterestRefreshUnavailableException(shared.RateLimited, shared.Left);
            }
        }

        // The tenant's app as it is now: a rotated secret is used at once, and the refresh token stays valid (it is
        // bound to the app id, not to the secret). A disabled integration makes no call (PINTEREST_NOT_CONFIGURED).
        var app = (await scope.ServiceProvider.GetRequiredService<ITenantApps>().GetAsync(key.TenantId, CancellationToken.None)).RequireCredentials();
        PinterestTokenSet tokens;
        try
        {
            // The attempt's own limit, not a request's: once Pinterest has rotated the refresh token, an aborted
            // request must not stop the new one from being saved, or the link would be lost.
            using var timeout = new CancellationTokenSource(options.Value.RefreshTimeout, time);
            tokens = await scope.ServiceProvider.GetRequiredService<IPinterestOAuthFlow>().RefreshAsync(app, current.Tokens.RefreshToken, timeout.Token);
        }
        catch (PinterestRefreshRejectedException)
        {
            await writer.MarkReconnectRequiredAsync(current);
            LogReconnectRequired(logger, key.TenantId, key.UserId);
            throw new PinterestReconnectRequiredException();
        }
        catch (Exception ex) when (Unavailable(ex) is { } rateLimited)
        {
            var coolDown = CoolDownFor(ex, rateLimited);
            LogRefreshFailed(logger, key.TenantId, key.UserId, ex.GetType().Name, (ex as PinterestApiException)?.StatusCode is { } status ? (int)status : null, coolDown);
            await sharedCoolDowns.ShareAsync(linkHash, seenVersion, rateLimited, coolDown);
            throw new PinterestRefreshUnavailableException(rateLimited, coolDown, ex);
        }

        var refreshed = await writer.PersistRefreshAsync(current, tokens);
        LogRefreshed(logger, key.TenantId, key.UserId, refreshed.Tokens.AccessTokenExpiresAt);
        return refreshed.Status == AccountLinkStatus.ReconnectRequired ? throw new PinterestReconnectRequiredException() : refreshed;
    }

    // Null when the failure is not the token endpoint's (e.g. a bug): no cool-down, the error propagates as it is.
    private static bool? Unavailable(Exception ex) => ex switch
    {
        PinterestRateLimitedException => true,
        PinterestUpstreamException or HttpRequestException or TimeoutException or OperationCanceledException => false,
        PinterestApiException { StatusCode: >= HttpStatusCode.InternalServerError } => false,
        _ => null,
    };

    private TimeSpan CoolDownFor(Exception ex, bool rateLimited)
    {
        var coolDown = options.Value.RefreshFailureCooldown;
        return rateLimited && ex is PinterestRateLimitedException { RetryAfter: { } hint } && hint > coolDown
            ? (hint < MaxRateLimitCooldown ? hint : MaxRateLimitCooldown)
            : coolDown;
    }

    private sealed class Flight(bool isBackgroundWrite, Guid? version)
    {
        /// <summary>The link version a refresh flight started from (null for a background write).</summary>
        public Guid? Version { get; } = version;

        public TaskCompletionSource<PinterestAccountLink?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<PinterestAccountLink?> Task => Completion.Task;

        public bool IsBackgroundWrite { get; } = isBackgroundWrite;
    }

    private sealed record CoolDown(DateTimeOffset Until, bool RateLimited, Guid? Version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another instance refreshed the Pinterest tokens of tenant '{TenantId}' user '{UserId}' for longer than Cluster:RefreshLockWait ({Wait}): this request was answered UPSTREAM_UNAVAILABLE without a token call")]
    private static partial void LogLockWaitTimedOut(ILogger logger, string tenantId, string userId, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed Pinterest tokens for tenant '{TenantId}' user '{UserId}'; the access token now expires at {ExpiresAt:O}")]
    private static partial void LogRefreshed(ILogger logger, string tenantId, string userId, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinterest refused the refresh token of tenant '{TenantId}' user '{UserId}': the connection needs a new consent")]
    private static partial void LogReconnectRequired(ILogger logger, string tenantId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the Pinterest tokens of tenant '{TenantId}' user '{UserId}' failed ({Failure}, HTTP {Status}); no new attempt for {CoolDown}")]
    private static partial void LogRefreshFailed(ILogger logger, string tenantId, string userId, string failure, int? status, TimeSpan coolDown);
}
