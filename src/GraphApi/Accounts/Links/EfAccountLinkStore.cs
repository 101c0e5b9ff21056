using GraphApi.Storage;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Accounts.Links;

internal sealed class EfAccountLinkStore(GraphApiDbContext db, TokenProtector protector, TimeProvider time) : IAccountLinkStore
{
    public async Task<PinterestAccountLink?> FindAsync(AccountLinkKey key, CancellationToken cancellationToken)
    {
        var entity = await Query(key).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return entity is null ? null : ToModel(entity);
    }

    public Task<AccountLinkStamp?> FindStampAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        Query(key).AsNoTracking().Select(c => new AccountLinkStamp(c.Version, c.Status)).SingleOrDefaultAsync(cancellationToken);

    public async Task<PinterestAccountLink> SaveAsync(AccountLinkKey key, PinterestTokenSet tokens, CancellationToken cancellationToken)
    {
        // A connect replaces whatever is stored for the user (the last connect wins), in one statement rather than a
        // read-modify-write: two connects at once (two tabs, two apps), or a connect during a token refresh, must not
        // fail on each other's version. Only a user's first connection is an insert.
        if (!await OverwriteAsync(key, tokens, cancellationToken))
        {
            var now = time.GetUtcNow();
            var entity = new AccountLinkEntity
            {
                TenantId = key.TenantId,
                UserId = key.UserId,
                ProtectedAccessToken = "",
                ProtectedRefreshToken = "",
                GrantedScopes = "",
                CreatedAt = now,
            };
            Apply(entity, tokens, now);
            entity.Status = AccountLinkStatus.Connected;
            db.AccountLinks.Add(entity);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request inserted this user's first connection since the update above found none, and the
                // unique (TenantId, UserId) index refused ours: the row exists now, so overwrite it like any connect.
                db.Entry(entity).State = EntityState.Detached;
                if (!await OverwriteAsync(key, tokens, cancellationToken))
                {
                    throw;
                }
            }
        }

        return await FindAsync(key, cancellationToken)
            ?? throw new InvalidOperationException("The Pinterest connection was deleted while it was being saved.");
    }

    /// <summary>Overwrites the user's stored connection with <paramref name="tokens"/>, connected; false when there is none.</summary>
    private Task<bool> OverwriteAsync(AccountLinkKey key, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        WriteTokensAsync(Query(key), Guid.NewGuid(), tokens, time.GetUtcNow(), cancellationToken);

    public async Task<PinterestAccountLink?> ReplaceTokensAsync(AccountLinkKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        await ReplaceTokensIfAsync(key, [expectedVersion], Guid.NewGuid(), tokens, time.GetUtcNow(), cancellationToken)
            ? await FindAsync(key, cancellationToken)
            : null;

    /// <summary>
    /// Saves rotated tokens with the version <paramref name="newVersion"/> if the row is still at one of
    /// <paramref name="expectedVersions"/>, in one statement; false when another writer changed it first. The caller
    /// chooses the version so a journal entry can later tell whether its write landed. One conditional UPDATE: either
    /// this refresh wins and its rotated token is saved, or nothing changes.
    /// </summary>
    internal Task<bool> ReplaceTokensIfAsync(
        AccountLinkKey key, IReadOnlyCollection<Guid> expectedVersions, Guid newVersion, PinterestTokenSet tokens, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteTokensAsync(Query(key).Where(c => expectedVersions.Contains(c.Version)), newVersion, tokens, now, cancellationToken);

    /// <summary>Writes <paramref name="tokens"/> (encrypted), connected, at <paramref name="newVersion"/> into the one row of <paramref name="row"/>, in one UPDATE; false when it matched none.</summary>
    private async Task<bool> WriteTokensAsync(IQueryable<AccountLinkEntity> row, Guid newVersion, PinterestTokenSet tokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var access = protector.Protect(tokens.AccessToken);
        var refresh = protector.Protect(tokens.RefreshToken);
        var scopes = JoinScopes(tokens.Scopes);
        return await row.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.ProtectedAccessToken, access)
            .SetProperty(c => c.ProtectedRefreshToken, refresh)
            .SetProperty(c => c.GrantedScopes, scopes)
            .SetProperty(c => c.AccessTokenExpiresAt, tokens.AccessTokenExpiresAt)
            .SetProperty(c => c.RefreshTokenExpiresAt, tokens.RefreshTokenExpiresAt)
            .SetProperty(c => c.Status, AccountLinkStatus.Connected)
            .SetProperty(c => c.UpdatedAt, now)
            .SetProperty(c => c.Version, newVersion), cancellationToken) == 1;
    }

    public Task MarkReconnectRequiredAsync(AccountLinkKey key, Guid expectedVersion, CancellationToken cancellationToken) =>
        MarkReconnectRequiredIfAsync(key, [expectedVersion], cancellationToken);

    internal Task<int> MarkReconnectRequiredIfAsync(AccountLinkKey key, IReadOnlyCollection<Guid> expectedVersions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return Query(key)
            .Where(c => expectedVersions.Contains(c.Version))
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, AccountLinkStatus.ReconnectRequired)
                .SetProperty(c => c.UpdatedAt, now)
                .SetProperty(c => c.Version, Guid.NewGuid()), cancellationToken);
    }

    public async Task<bool> DeleteAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        await Query(key).ExecuteDeleteAsync(cancellationToken) > 0;

    private IQueryable<AccountLinkEntity> Query(AccountLinkKey key) =>
        db.AccountLinks.Where(c => c.TenantId == key.TenantId && c.UserId == key.UserId);

    private void Apply(AccountLinkEntity entity, PinterestTokenSet tokens, DateTimeOffset now)
    {
        entity.ProtectedAccessToken = protector.Protect(tokens.AccessToken);
        entity.ProtectedRefreshToken = protector.Protect(tokens.RefreshToken);
        entity.GrantedScopes = JoinScopes(tokens.Scopes);
        entity.AccessTokenExpiresAt = tokens.AccessTokenExpiresAt;
        entity.RefreshTokenExpiresAt = tokens.RefreshTokenExpiresAt;
        entity.UpdatedAt = now;
        entity.Version = Guid.NewGuid();
    }

    private PinterestAccountLink ToModel(AccountLinkEntity entity) => new(
        new AccountLinkKey(entity.TenantId, entity.UserId),
        entity.Status,
        new PinterestTokenSet(
            protector.Unprotect(entity.ProtectedAccessToken),
            protector.Unprotect(entity.ProtectedRefreshToken),
            entity.GrantedScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
            entity.AccessTokenExpiresAt,
            entity.RefreshTokenExpiresAt),
        entity.CreatedAt,
        entity.UpdatedAt,
        entity.Version);

    private static string JoinScopes(IEnumerable<string> scopes) => string.Join(' ', scopes.Order(StringComparer.Ordinal));
}
