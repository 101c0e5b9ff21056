namespace GraphApi.Idempotency;

/// <summary>What a keyed create should do: run (it holds the reservation), replay an earlier result, or wait for the other run.</summary>
internal enum IdempotencyOutcome
{
    Run,
    Replay,
    InProgress,
}
