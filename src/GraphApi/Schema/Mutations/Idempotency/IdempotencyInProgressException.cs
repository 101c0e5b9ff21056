namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>Another request holds this idempotency key (a live reservation); it expires after <see cref="RetryAfter"/> at most.</summary>
public sealed class IdempotencyInProgressException(TimeSpan retryAfter)
    : Exception("A request with this idempotency key is still in progress; retry with the same key after retryAfter seconds.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
