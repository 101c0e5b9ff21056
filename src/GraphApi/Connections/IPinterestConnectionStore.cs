namespace GraphApi.Connections;

/// <summary>Where each caller's Pinterest tokens live, encrypted at rest.</summary>
public interface IPinterestConnectionStore
{
    Task<PinterestConnection?> FindAsync(ConnectionKey key, CancellationToken cancellationToken);

    /// <summary>Only the row's version and status, no token decrypted: the cheap check that a cached connection is still current.</summary>
    Task<ConnectionStamp?> FindStampAsync(ConnectionKey key, CancellationToken cancellationToken);

    /// <summary>Stores a fresh connection (after consent), replacing any earlier one for the same caller.</summary>
    Task<PinterestConnection> SaveAsync(ConnectionKey key, PinterestTokenSet tokens, CancellationToken cancellationToken);

    /// <summary>
    /// Saves rotated tokens only if the connection is still at <paramref name="expectedVersion"/>, in one statement:
    /// a refresh that lost a race never overwrites the winner's newer refresh token. Null when it lost.
    /// </summary>
    Task<PinterestConnection?> ReplaceTokensAsync(ConnectionKey key, Guid expectedVersion, PinterestTokenSet tokens, CancellationToken cancellationToken);

    Task MarkReconnectRequiredAsync(ConnectionKey key, Guid expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes the stored tokens; false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(ConnectionKey key, CancellationToken cancellationToken);
}
