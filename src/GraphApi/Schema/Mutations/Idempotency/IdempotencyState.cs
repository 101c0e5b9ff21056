namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>Where a keyed create stands. Stored as text in <c>idempotency_records.State</c>.</summary>
internal enum IdempotencyState
{
    /// <summary>A request holds the key until <see cref="IdempotencyRecord.ReservedUntil"/>; after that it is abandoned.</summary>
    Reserved,

    /// <summary>The object exists: <see cref="IdempotencyRecord.ResultId"/>. Retries replay it.</summary>
    Succeeded,

    /// <summary>Pinterest refused the create (4xx) or it never left the gateway: nothing was created, a retry runs again.</summary>
    Failed,

    /// <summary>The create may have reached Pinterest (timeout, 5xx, cut answer, cancellation): a retry reconciles first.</summary>
    InDoubt,
}
