using GraphApi.Accounts.Links;
using GraphApi.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Accounts.Connect;

internal sealed class EfPendingCompletionStore(GraphApiDbContext db, IDataProtectionProvider provider, TimeProvider time) : IPendingCompletionStore
{
    // Its own purpose: a stored code cannot be decrypted as a token or a state, nor the other way round.
    private readonly IDataProtector _codes = provider.CreateProtector("GraphApi.Connections.PendingCode.v1");

    public async Task AddAsync(PendingCompletion completion, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (tenant, user) = (completion.Caller.TenantId, completion.Caller.UserId);
        await db.PendingConnectCompletions
            .Where(p => p.ExpiresAt < now || (p.TenantId == tenant && p.UserId == user))
            .ExecuteDeleteAsync(cancellationToken);

        db.PendingConnectCompletions.Add(new PendingConnectCompletionEntity
        {
            IdHash = completion.IdHash,
            TenantId = tenant,
            UserId = user,
            ProtectedCode = _codes.Protect(completion.Code),
            RedirectUri = completion.RedirectUri.AbsoluteUri,
            CreatedAt = completion.CreatedAt,
            ExpiresAt = completion.ExpiresAt,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<PendingCompletion?> TakeAsync(string idHash, CancellationToken cancellationToken)
    {
        var row = await db.PendingConnectCompletions.AsNoTracking().SingleOrDefaultAsync(p => p.IdHash == idHash, cancellationToken);
        if (row is null)
        {
            return null;
        }

        // The DELETE decides who owns it: of two concurrent completions exactly one deletes the row.
        if (await db.PendingConnectCompletions.Where(p => p.IdHash == idHash).ExecuteDeleteAsync(cancellationToken) != 1)
        {
            return null;
        }

        return new PendingCompletion(
            row.IdHash, new AccountLinkKey(row.TenantId, row.UserId), _codes.Unprotect(row.ProtectedCode), new Uri(row.RedirectUri), row.CreatedAt, row.ExpiresAt);
    }
}
