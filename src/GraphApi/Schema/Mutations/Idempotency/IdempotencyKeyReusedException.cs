namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>The key was first used with another input: a key names one create, so a different create needs a new key.</summary>
public sealed class IdempotencyKeyReusedException()
    : Exception("This idempotency key was already used with a different input; use a new key for a different create.");
