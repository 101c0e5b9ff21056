using System.Data.Common;
using GraphApi.Accounts.Links.Caching;
using GraphApi.Storage;
using GraphApi.Upstream;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// Makes a refreshed token set durable before anyone uses it: journal first, then the versioned database update with
/// a bounded retry; when the database still refuses, the set is served from memory (<see cref="PendingTokenWrites"/>)
/// and written in the background, never dropped. Keeps <see cref="AccountLinkCache"/> in step with every write.
/// Callers must not overlap for one link (<see cref="AccountLinkRefresher"/> sees to that).
/// </summary>
internal sealed partial class TokenRotationWriter(
    IServiceScopeFactory scopes,
    TokenJournal journal,
    PendingTokenWrites pending,
    AccountLinkCache cache,
    IOptions<PinterestOptions> options,
    TimeProvider time,
    ILogger<TokenRotationWriter> logger)
{
    private enum Outcome
    {
        Landed,
        Conflict,
        Failed,
    }

    /// <summary>After Pinterest answered a refresh of <paramref name="current"/>: the link to use from now on.</summary>
    public async Task<PinterestAccountLink> PersistRefreshAsync(PinterestAccountLink current, PinterestTokenSet tokens)
    {
        var key = current.Key;
        var entry = TokenJournalEntry.Create(key, pending.SupersededBy(current), tokens, time.GetUtcNow());
        var link = entry.ToAccountLink(current.CreatedAt);
        try
        {
            await journal.WriteAsync(entry, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            // Not a reason to drop the tokens: the database write below is still their way to disk.
            LogJournalFailed(logger, key.TenantId, key.UserId, ex.GetType().Name);
        }

        cache.Invalidate(key);
        var (outcome, failure) = await WriteAsync(entry, options.Value.TokenWriteAttempts);
        switch (outcome)
        {
            case Outcome.Landed:
                journal.Delete(key);
                pending.Remove(key);
                cache.Replace(key, link);
                return link;
            case Outcome.Conflict:
                return await DiscardAsync(entry) ?? throw new PinterestNotConnectedException();
            default:
                LogHeldInMemory(logger, key.TenantId, key.UserId, options.Value.TokenWriteAttempts, failure?.GetType().Name);
                pending.Set(new PendingWrite(entry, link, time.GetUtcNow() + options.Value.TokenWriteRetryDelay));
                cache.Replace(key, link);
                return link;
        }
    }

    /// <summary>One background attempt for the link's unwritten tokens; true when nothing is left to write.</summary>
    public async Task<bool> RetryPendingAsync(AccountLinkKey key)
    {
        if (!pending.TryGet(key, out var write))
        {
            return true;
        }

        write.Attempted();
        var (outcome, failure) = await WriteAsync(write.Entry, attempts: 1);
        switch (outcome)
        {
            case Outcome.Landed:
                journal.Delete(key);
                pending.Remove(write);
                cache.Replace(key, write.Link);
                LogWrittenLate(logger, key.TenantId, key.UserId, write.Attempts + 1);
                return true;
            case Outcome.Conflict:
                await DiscardAsync(write.Entry);
                return true;
            default:
                write.Attempts++;
                var delay = TimeSpan.FromTicks(Math.Min(
                    options.Value.TokenWriteBackgroundMaxDelay.Ticks,
                    Math.Max(TimeSpan.TicksPerSecond, options.Value.TokenWriteRetryDelay.Ticks) << Math.Min(write.Attempts, 20)));
                write.NextAttemptAt = time.GetUtcNow() + delay;
                LogStillUnwritten(logger, key.TenantId, key.UserId, write.Attempts, failure?.GetType().Name, delay);
                return false;
        }
    }

    /// <summary>A journal entry found at start-up: written if the database still holds a version it supersedes, else discarded.</summary>
    public async Task RecoverAsync(TokenJournalEntry entry, CancellationToken cancellationToken)
    {
        var key = entry.Key;
        PinterestAccountLink? stored;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            stored = await scope.ServiceProvider.GetRequiredService<EfAccountLinkStore>().FindAsync(key, cancellationToken);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            // Cannot tell whether it is current: keep it and let the background writer's versioned update decide.
            LogHeldInMemory(logger, key.TenantId, key.UserId, 0, ex.GetType().Name);
            pending.Set(new PendingWrite(entry, entry.ToAccountLink(entry.RefreshedAt), time.GetUtcNow()));
            return;
        }

        if (stored is not null && stored.Version == entry.NewVersion)
        {
            LogRecovered(logger, key.TenantId, key.UserId, "already in the database");
            journal.Delete(key);
            return;
        }

        if (stored is null || !entry.Supersedes(stored.Version))
        {
            LogRecovered(logger, key.TenantId, key.UserId, "discarded: the database holds a newer version or no connection");
            journal.Delete(key);
            return;
        }

        var link = entry.ToAccountLink(stored.CreatedAt);
        cache.Invalidate(key);
        var (outcome, failure) = await WriteAsync(entry, options.Value.TokenWriteAttempts);
        switch (outcome)
        {
            case Outcome.Landed:
                LogRecovered(logger, key.TenantId, key.UserId, "written to the database");
                journal.Delete(key);
                cache.Replace(key, link);
                break;
            case Outcome.Conflict:
                await DiscardAsync(entry);
                break;
            default:
                LogHeldInMemory(logger, key.TenantId, key.UserId, options.Value.TokenWriteAttempts, failure?.GetType().Name);
                pending.Set(new PendingWrite(entry, link, time.GetUtcNow() + options.Value.TokenWriteRetryDelay));
                cache.Replace(key, link);
                break;
        }
    }

    /// <summary>Marks the link reconnect-required at the version the refresher read (or the unwritten chain behind it).</summary>
    public async Task MarkReconnectRequiredAsync(PinterestAccountLink current)
    {
        var key = current.Key;
        var versions = pending.SupersededBy(current);
        cache.Invalidate(key);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EfAccountLinkStore>().MarkReconnectRequiredIfAsync(key, versions, CancellationToken.None);
        // The refused refresh token was the newest one: whatever the journal held for it is dead too.
        pending.Remove(key);
        journal.Delete(key);
        cache.Written(key, version: null);
    }

    private async Task<(Outcome Outcome, Exception? Failure)> WriteAsync(TokenJournalEntry entry, int attempts)
    {
        var settings = options.Value;
        Exception? failure = null;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(settings.TokenWriteRetryDelay * (1 << (attempt - 2)), time);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // Its own scope and context: the short busy wait applies to this write only, not to request reads.
                scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().Database.SetCommandTimeout(settings.TokenWriteBusyTimeout);
                var store = scope.ServiceProvider.GetRequiredService<EfAccountLinkStore>();
                if (await store.ReplaceTokensIfAsync(entry.Key, entry.SupersededVersions, entry.NewVersion, entry.Tokens, entry.RefreshedAt, CancellationToken.None))
                {
                    return (Outcome.Landed, null);
                }

                // Re-read, never overwrite: either an earlier attempt landed after all, or another writer won.
                var stamp = await store.FindStampAsync(entry.Key, CancellationToken.None);
                return (stamp?.Version == entry.NewVersion ? Outcome.Landed : Outcome.Conflict, null);
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                failure = ex;
            }
        }

        return (Outcome.Failed, failure);
    }

    private async Task<PinterestAccountLink?> DiscardAsync(TokenJournalEntry entry)
    {
        var key = entry.Key;
        LogConflict(logger, key.TenantId, key.UserId);
        journal.Delete(key);
        pending.Remove(key);
        cache.Invalidate(key);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(key, CancellationToken.None);
    }

    // "database is locked" is a SqliteException (a DbException); SaveChanges-style failures come as DbUpdateException.
    private static bool IsStorageFailure(Exception ex) => ex is DbException or DbUpdateException or TimeoutException or InvalidOperationException;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refreshed Pinterest tokens of tenant '{TenantId}' user '{UserId}' could not be written to the database after {Attempts} attempts ({Failure}): they are served from memory and the journal, and written in the background")]
    private static partial void LogHeldInMemory(ILogger logger, string tenantId, string userId, int attempts, string? failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "The token journal could not be written for tenant '{TenantId}' user '{UserId}' ({Failure}); continuing with the database write")]
    private static partial void LogJournalFailed(ILogger logger, string tenantId, string userId, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshed Pinterest tokens of tenant '{TenantId}' user '{UserId}' are still not in the database after {Attempts} background attempts ({Failure}); next attempt in {Delay}")]
    private static partial void LogStillUnwritten(ILogger logger, string tenantId, string userId, int attempts, string? failure, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed Pinterest tokens of tenant '{TenantId}' user '{UserId}' were written to the database in the background after {Attempts} attempts")]
    private static partial void LogWrittenLate(ILogger logger, string tenantId, string userId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshed Pinterest tokens of tenant '{TenantId}' user '{UserId}' were not written: the connection changed meanwhile (reconnected, disconnected or refreshed elsewhere), and that newer state is kept")]
    private static partial void LogConflict(ILogger logger, string tenantId, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token journal entry of tenant '{TenantId}' user '{UserId}': {Result}")]
    private static partial void LogRecovered(ILogger logger, string tenantId, string userId, string result);
}
