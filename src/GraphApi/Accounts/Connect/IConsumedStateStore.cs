namespace GraphApi.Accounts.Connect;

/// <summary>Remembers used OAuth state nonces until they expire, so each connect link works once.</summary>
public interface IConsumedStateStore
{
    /// <summary>True the first time a nonce is presented; false for a replay.</summary>
    Task<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
