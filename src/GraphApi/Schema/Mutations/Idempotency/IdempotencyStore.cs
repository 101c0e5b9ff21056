using System.Data.Common;
using System.Security.Cryptography;
using GraphApi.Accounts.Links;
using GraphApi.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>
/// The records behind idempotency keys: (tenant, user, operation, key) → state. A unique index makes the first
/// reservation atomic across instances; every later change is a conditional UPDATE on the holder's token (and, for a
/// takeover, on the state it saw), so of many retries across instances exactly one wins. Uses its own DbContext
/// scope, because the request's context is shared with parallel token reads.
/// </summary>
internal sealed partial class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider time, IOptions<IdempotencyOptions> options, ILogger<IdempotencyStore> logger)
{
    public const int MaxKeyLength = 200;
    private const int PurgeBatch = 500;
    private const int MaxPurgeBatchesPerRun = 200;
    private const int MaxClaimedIds = 1_000;
    private readonly IdempotencyOptions _options = options.Value;

    /// <summary>Reserves the key, or says why not (replay, in progress, reused). At most three rounds against racing instances.</summary>
    public async Task<IdempotencyDecision> BeginAsync(AccountLinkKey caller, string operation, string key, string fingerprint, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        for (var round = 0; ; round++)
        {
            var now = time.GetUtcNow();
            var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(
                r => r.TenantId == caller.TenantId && r.UserId == caller.UserId && r.Operation == operation && r.Key == key, cancellationToken);
            if (existing is not null && existing.CreatedAt < now - _options.Retention && !IsLive(existing, now))
            {
                // Past retention but not purged yet: the key is new again, as it will be once purged.
                await db.IdempotencyRecords.Where(r => r.Id == existing.Id && r.Token == existing.Token && r.State == existing.State)
                    .ExecuteDeleteAsync(cancellationToken);
                existing = null;
            }

            var decision = existing is null
                ? await TryInsertAsync(db, caller, operation, key, fingerprint, now, cancellationToken)
                : await DecideAsync(db, existing, fingerprint, now, cancellationToken);
            if (decision is not null)
            {
                return decision;
            }

            if (round == 2)
            {
                // Other instances keep winning the row: someone holds it.
                return new IdempotencyDecision.InProgress(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>Records the created (or reconciled) object. False when the reservation was taken over meanwhile.</summary>
    public Task<bool> SucceedAsync(long recordId, string token, string resultId) =>
        FinishAsync(recordId, token, IdempotencyState.Succeeded, resultId);

    /// <summary>Records a failed attempt: <see cref="IdempotencyState.Failed"/> or <see cref="IdempotencyState.InDoubt"/>.</summary>
    public Task<bool> FailAsync(long recordId, string token, IdempotencyState state) =>
        FinishAsync(recordId, token, state, null);

    /// <summary>
    /// IDs this caller's other keys already own for <paramref name="operation"/> (the newest 1,000): a
    /// reconciliation must not adopt another key's object (two keys, identical inputs, both in doubt). Not filtered
    /// by the keys' first use: another key used earlier may have created its object later, on a retry.
    /// </summary>
    public async Task<IReadOnlySet<string>> ClaimedIdsAsync(AccountLinkKey caller, string operation, long exceptRecordId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var ids = await db.IdempotencyRecords.AsNoTracking()
            .Where(r => r.TenantId == caller.TenantId && r.UserId == caller.UserId && r.Operation == operation
                && r.Id != exceptRecordId && r.State == IdempotencyState.Succeeded && r.ResultId != null)
            .OrderByDescending(r => r.Id).Take(MaxClaimedIds).Select(r => r.ResultId!)
            .ToListAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Deletes records past retention in batches (live reservations stay); returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
        var now = time.GetUtcNow();
        var cutoff = now - _options.Retention;
        var total = 0;
        for (var batch = 0; batch < MaxPurgeBatchesPerRun; batch++)
        {
            var deleted = await db.IdempotencyRecords
                .Where(r => r.CreatedAt < cutoff && (r.State != IdempotencyState.Reserved || r.ReservedUntil == null || r.ReservedUntil < now))
                .OrderBy(r => r.Id).Take(PurgeBatch)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
            if (deleted < PurgeBatch)
            {
                break;
            }
        }

        return total;
    }

    private async Task<IdempotencyDecision?> TryInsertAsync(
        GraphApiDbContext db, AccountLinkKey caller, string operation, string key, string fingerprint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = new IdempotencyRecord
        {
            TenantId = caller.TenantId,
            UserId = caller.UserId,
            Operation = operation,
            Key = key,
            State = IdempotencyState.Reserved,
            Fingerprint = fingerprint,
            ReservedUntil = now + _options.ReservationTimeout,
            Token = NewToken(),
            CreatedAt = now,
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IdempotencyDecision.Run(record.Id, record.Token, Reconcile: false, NotBefore: now);
        }
        catch (DbUpdateException ex) when (StorageFailure.IsUniqueViolation(ex))
        {
            // Another instance inserted the key between our read and write: read it again. Only that: a locked
            // database escapes (STORAGE_UNAVAILABLE) instead of three more busy timeouts and a false "in progress".
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task<IdempotencyDecision?> DecideAsync(GraphApiDbContext db, IdempotencyRecord existing, string fingerprint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A failed create left nothing behind, so the key may carry a corrected input; every other state binds it.
        if (existing.State != IdempotencyState.Failed && existing.Fingerprint is { } first && first != fingerprint)
        {
            return new IdempotencyDecision.Reused();
        }

        if (existing.State == IdempotencyState.Succeeded && existing.ResultId is { } resultId)
        {
            return new IdempotencyDecision.Replay(resultId);
        }

        if (IsLive(existing, now))
        {
            return new IdempotencyDecision.InProgress(existing.ReservedUntil!.Value - now);
        }

        // Failed, in doubt, or an abandoned reservation: take it over, conditional on exactly what was read.
        var token = NewToken();
        var until = now + _options.ReservationTimeout;
        var taken = await db.IdempotencyRecords
            .Where(r => r.Id == existing.Id && r.Token == existing.Token && r.State == existing.State)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, IdempotencyState.Reserved)
                .SetProperty(r => r.ReservedUntil, until)
                .SetProperty(r => r.Token, token)
                .SetProperty(r => r.Fingerprint, fingerprint), cancellationToken);
        if (taken == 0)
        {
            return null;
        }

        if (existing.State == IdempotencyState.Reserved)
        {
            LogTakeover(logger, existing.Id, existing.Operation);
        }

        return new IdempotencyDecision.Run(existing.Id, token, Reconcile: existing.State != IdempotencyState.Failed, NotBefore: existing.CreatedAt);
    }

    private async Task<bool> FinishAsync(long recordId, string token, IdempotencyState state, string? resultId)
    {
        // Not the request's token: the outcome must be written even when the caller has gone.
        int updated;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
            updated = await db.IdempotencyRecords
                .Where(r => r.Id == recordId && r.Token == token && r.State == IdempotencyState.Reserved)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.State, state)
                    .SetProperty(r => r.ResultId, resultId)
                    .SetProperty(r => r.ReservedUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
        catch (DbException ex)
        {
            // The create's own outcome (object or error) still goes to the caller; the record stays Reserved, expires,
            // and the next retry reconciles, exactly as after a crash at this point.
            LogRecordFailed(logger, ex, recordId, state);
            return false;
        }

        if (updated == 0)
        {
            LogLostReservation(logger, recordId, state);
        }

        return updated == 1;
    }

    private static bool IsLive(IdempotencyRecord record, DateTimeOffset now) =>
        record.State == IdempotencyState.Reserved && record.ReservedUntil is { } until && until > now;

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Idempotency record {RecordId} ({Operation}): an abandoned reservation was taken over; the retry reconciles with Pinterest first.")]
    private static partial void LogTakeover(ILogger logger, long recordId, string operation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Idempotency record {RecordId}: writing {State} to the database failed; the reservation will expire and the next retry reconciles.")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, long recordId, IdempotencyState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Idempotency record {RecordId}: could not record {State}, the reservation expired and was taken over (raise Idempotency:ReservationTimeout).")]
    private static partial void LogLostReservation(ILogger logger, long recordId, IdempotencyState state);
}
