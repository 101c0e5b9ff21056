namespace GraphApi.Accounts.Links;

/// <summary>Where each caller's Pinterest tokens live, encrypted at rest.</summary>
public interface IAccountLinkStore
{
    Task<PinterestAccountLink?> FindAsync(AccountLinkKey key, CancellationToken cancellationToken);

    /// <summary>Only the row's version and status, no token decrypted: the cheap check that a cached link is still current.</summary>
    Task<AccountLinkStamp?> FindStampAsync(AccountLinkKey key, CancellationToken cancellationToken);

    /// <summary>Stores a fresh link (after consent), replacing any earlier one for the same caller.</summary>
    Task<PinterestAccountLink> SaveAsync(AccountLinkKey key, PinterestTokenSet tokens, CancellationToken cancellationToken);

    /// <summary>
    /// Saves rotated tokens only if the link is still at <paramref name="expectedVersion"/>, in one statement:
    /// a refresh that lost a race never overwrites the winner's newer refresh token. Null when it lost.
    /// </summary>
    Task<PinterestAccountLink?> ReplaceTokensAsync(AccountLinkKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken);

    Task MarkReconnectRequiredAsync(AccountLinkKey key, Guid expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes the stored tokens; false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(AccountLinkKey key, CancellationToken cancellationToken);
}
