namespace GraphApi.Idempotency;

/// <summary>One create done (or in progress) under a caller's idempotency key; <see cref="ResultId"/> is null while in progress.</summary>
internal sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public required string TenantId { get; set; }

    public required string UserId { get; set; }

    public required string Operation { get; set; }

    public required string Key { get; set; }

    public string? ResultId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
