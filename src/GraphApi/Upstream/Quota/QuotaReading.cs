namespace GraphApi.Upstream.Quota;

/// <summary>
/// The last quota Pinterest reported for one connection and rate-limit category. <see cref="Remaining"/> is 0 after a
/// 429 until <see cref="ResetAt"/>. Values are what Pinterest sent; null when it did not send them.
/// </summary>
public sealed record QuotaReading(string Category, long? Limit, long? Remaining, DateTimeOffset? ResetAt, DateTimeOffset ObservedAt)
{
    /// <summary>Known and still in force: a remaining count and a reset in the future. After the reset it says nothing.</summary>
    public bool IsCurrent(DateTimeOffset now) => Remaining is not null && ResetAt > now;
}
