namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>One create under a caller's idempotency key and where it stands (<see cref="IdempotencyState"/>).</summary>
internal sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public required string TenantId { get; set; }

    public required string UserId { get; set; }

    public required string Operation { get; set; }

    public required string Key { get; set; }

    public IdempotencyState State { get; set; }

    /// <summary>The created object's Pinterest ID once <see cref="IdempotencyState.Succeeded"/>.</summary>
    public string? ResultId { get; set; }

    /// <summary>SHA-256 (hex) of the input's canonical form without the key; null on rows from before fingerprints.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>End of the current reservation; null on rows from before reservations expired (treated as expired).</summary>
    public DateTimeOffset? ReservedUntil { get; set; }

    /// <summary>The current holder's random token: every state change is conditional on it, so a taken-over holder cannot write.</summary>
    public string? Token { get; set; }

    /// <summary>First use of the key: the retention clock and the earliest moment a created object can date from.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
