using GraphApi.Storage;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Accounts.Connect;

internal sealed class EfConsumedStateStore(GraphApiDbContext db, TimeProvider time) : IConsumedStateStore
{
    public async Task<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        // Expired nonces can no longer be replayed (their state fails the expiry check), so they need no keeping.
        var now = time.GetUtcNow();
        await db.ConsumedOAuthStates.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);

        db.ConsumedOAuthStates.Add(new ConsumedOAuthState { Nonce = nonce, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (StorageFailure.IsUniqueViolation(ex))
        {
            // The primary key already holds this nonce: a replay (or a concurrent double submit). Only that: a locked
            // database is not a replay, and escapes as a storage failure (the callback answers a retryable page).
            return false;
        }
    }
}
