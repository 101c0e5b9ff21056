namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>
/// What a retry after an in-doubt create may use to find the object on Pinterest: it was created at or after
/// <see cref="NotBefore"/> (first use of the key, less a clock-skew allowance), is not another key's result
/// (<see cref="ClaimedIds"/>), and the search reads at most <see cref="MaxPages"/> pages before <see cref="CancellationToken"/> ends it.
/// </summary>
internal sealed record IdempotencyReconciliation(DateTimeOffset NotBefore, IReadOnlySet<string> ClaimedIds, int MaxPages, CancellationToken CancellationToken)
{
    /// <summary>Page size of the lists read while reconciling.</summary>
    public const int PageSize = 100;

    /// <summary>Pinterest's clock and ours may disagree: an object stamped this much before the key's first use still counts.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public bool MayBe(string id, DateTimeOffset? createdAt) =>
        !ClaimedIds.Contains(id) && (createdAt is not { } at || at >= NotBefore);
}
