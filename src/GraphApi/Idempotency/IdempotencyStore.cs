using System.Collections.Concurrent;
using GraphApi.Connections;
using GraphApi.Connections.Storage;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Idempotency;

/// <summary>
/// (tenant, user, operation, key) → the created object's ID. A unique index makes the reservation atomic across
/// instances; a per-key lock makes concurrent retries in this instance wait for the first instead of failing.
/// Uses its own DbContext scope, because the request's context is shared with parallel token reads.
/// </summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider time)
{
    public const int MaxKeyLength = 200;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="create"/> at most once per key: a retry gets the first result's ID instead.</summary>
    public async Task<(IdempotencyOutcome Outcome, string? ResultId)> RunOnceAsync(
        ConnectionKey caller, string operation, string key, Func<Task<string>> create, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd($"{caller.TenantId}\n{caller.UserId}\n{operation}\n{key}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>();
            var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(
                r => r.TenantId == caller.TenantId && r.UserId == caller.UserId && r.Operation == operation && r.Key == key, cancellationToken);
            if (existing is not null)
            {
                return existing.ResultId is null ? (IdempotencyOutcome.InProgress, null) : (IdempotencyOutcome.Replay, existing.ResultId);
            }

            var record = new IdempotencyRecord { TenantId = caller.TenantId, UserId = caller.UserId, Operation = operation, Key = key, CreatedAt = time.GetUtcNow() };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance reserved the key between our read and write.
                return (IdempotencyOutcome.InProgress, null);
            }

            try
            {
                record.ResultId = await create();
                await db.SaveChangesAsync(CancellationToken.None);
                return (IdempotencyOutcome.Run, record.ResultId);
            }
            catch
            {
                // A failed create may be retried with the same key.
                db.IdempotencyRecords.Remove(record);
                await db.SaveChangesAsync(CancellationToken.None);
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
