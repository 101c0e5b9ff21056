namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>What a keyed create does next, as decided against its record.</summary>
internal abstract record IdempotencyDecision
{
    /// <summary>This request holds the key (<paramref name="Token"/>). <paramref name="Reconcile"/>: an earlier attempt may have created the object since <paramref name="NotBefore"/>.</summary>
    public sealed record Run(long RecordId, string Token, bool Reconcile, DateTimeOffset NotBefore) : IdempotencyDecision;

    public sealed record Replay(string ResultId) : IdempotencyDecision;

    public sealed record InProgress(TimeSpan RetryAfter) : IdempotencyDecision;

    public sealed record Reused : IdempotencyDecision;
}
