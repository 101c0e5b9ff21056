namespace GraphApi.Idempotency;

/// <summary>Another request with the same idempotency key has not finished yet (another instance holds it).</summary>
public sealed class IdempotencyInProgressException() : Exception("A request with this idempotency key is still in progress; retry shortly.");
