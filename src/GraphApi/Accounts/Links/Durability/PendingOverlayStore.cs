namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// The database store as the link cache reads it while some refreshed tokens are unwritten: reads return the
/// unwritten set where it supersedes the stored row. Created only when <see cref="PendingTokenWrites"/> is not empty.
/// Writes pass through unchanged.
/// </summary>
internal sealed class PendingOverlayStore(IAccountLinkStore inner, PendingTokenWrites pending) : IAccountLinkStore
{
    public async Task<PinterestAccountLink?> FindAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        pending.Overlay(key, await inner.FindAsync(key, cancellationToken));

    public async Task<AccountLinkStamp?> FindStampAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        pending.Overlay(key, await inner.FindStampAsync(key, cancellationToken));

    public Task<PinterestAccountLink> SaveAsync(AccountLinkKey key, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.SaveAsync(key, tokens, cancellationToken);

    public Task<PinterestAccountLink?> ReplaceTokensAsync(AccountLinkKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken) =>
        inner.ReplaceTokensAsync(key, expectedVersion, tokens, cancellationToken);

    public Task MarkReconnectRequiredAsync(AccountLinkKey key, Guid expectedVersion, CancellationToken cancellationToken) =>
        inner.MarkReconnectRequiredAsync(key, expectedVersion, cancellationToken);

    public Task<bool> DeleteAsync(AccountLinkKey key, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, cancellationToken);
}
