namespace GraphApi.Accounts.Connect;

/// <summary>Pending connect completions: written by the callback, taken exactly once by the completing caller.</summary>
internal interface IPendingCompletionStore
{
    /// <summary>
    /// Stores <paramref name="completion"/>; expired rows and the caller's earlier pending completion are deleted
    /// first, so the table holds at most one row per caller plus what expires within the lifetime.
    /// </summary>
    Task AddAsync(PendingCompletion completion, CancellationToken cancellationToken);

    /// <summary>
    /// Removes and returns the completion with this id hash, whoever asks: a completion is used (or destroyed) once.
    /// Null when there is none, or when a concurrent call took it first.
    /// </summary>
    Task<PendingCompletion?> TakeAsync(string idHash, CancellationToken cancellationToken);
}
