using System.ComponentModel.DataAnnotations;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>Idempotency keys of the creates, bound from <c>Idempotency</c> (docs/durability/idempotency.md).</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>
    /// How long a reservation blocks other requests with the same key. After that it counts as abandoned (the process
    /// died or lost the database) and the next retry takes it over and reconciles. Must stay well above
    /// Pinterest:Timeout plus ReconcileTimeout, or a slow but live create could be taken over and run twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Idempotency:ReservationTimeout must be between 10 seconds and 1 hour.")]
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a key is remembered after its first use; older records are purged and the key is new again.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Idempotency:Retention must be between 5 minutes and 30 days.")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired records are deleted in the background.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Idempotency:PurgeInterval must be between 1 second and 1 day.")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Time allowed to look for an in-doubt create's object on Pinterest before the retry gives up (and creates nothing).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Idempotency:ReconcileTimeout must be between 1 second and 5 minutes.")]
    public TimeSpan ReconcileTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Pages (of 100) of the board's pins, the user's boards or the board's sections read by one reconciliation.</summary>
    [Range(1, 20, ErrorMessage = "Idempotency:ReconcileMaxPages must be between 1 and 20.")]
    public int ReconcileMaxPages { get; set; } = 3;

    /// <summary>
    /// Keys with an in-memory lock at once (requests in flight with a key). Above it a request skips the in-process
    /// wait and relies on the database alone: a concurrent duplicate then gets IDEMPOTENCY_KEY_IN_PROGRESS instead of waiting.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Idempotency:MaxLockedKeys must be between 1 and 1,000,000.")]
    public int MaxLockedKeys { get; set; } = 10_000;
}
