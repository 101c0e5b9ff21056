using GraphApi.Pinterest.Http;

namespace GraphApi.Upstream.Quota;

/// <summary>
/// One connection's readings, one per rate-limit category (the client knows four; at most
/// <see cref="MaxCategories"/> are kept). Parallel calls of one user update it under its own small lock; nothing
/// is shared across connections.
/// </summary>
internal sealed class AccountLinkQuota(DateTimeOffset created)
{
    public const int MaxCategories = 8;

    // Answers of parallel calls arrive in any order: within one window (same reset, give or take a second of rounding)
    // the quota only goes down, so the lower remaining wins over a later-arriving older answer.
    private static readonly TimeSpan SameWindow = TimeSpan.FromSeconds(1.5);

    private readonly Lock _gate = new();
    private readonly List<QuotaReading> _readings = new(4);
    private long _lastSeenTicks = created.UtcTicks;

    public DateTimeOffset LastSeen => new(Interlocked.Read(ref _lastSeenTicks), TimeSpan.Zero);

    public void Record(in PinterestQuotaObservation observation, DateTimeOffset now)
    {
        Interlocked.Exchange(ref _lastSeenTicks, now.UtcTicks);
        var resetAfter = observation.StatusCode == 429 ? observation.RetryAfter ?? observation.ResetAfter : observation.ResetAfter;
        var resetAt = resetAfter is { } wait ? now + wait : (DateTimeOffset?)null;
        var remaining = observation.StatusCode == 429 ? 0 : observation.Remaining;

        var category = observation.Category;
        lock (_gate)
        {
            var index = _readings.FindIndex(r => string.Equals(r.Category, category, StringComparison.Ordinal));
            var previous = index >= 0 ? _readings[index] : null;
            if (previous is { } old && old.IsCurrent(now))
            {
                // A 429 without a reset time keeps the known reset; a lower count in the same window wins.
                resetAt ??= old.ResetAt;
                if (remaining is null || (resetAt <= old.ResetAt + SameWindow && old.Remaining < remaining))
                {
                    remaining = old.Remaining;
                }
            }

            var reading = new QuotaReading(category, observation.Limit ?? previous?.Limit, remaining, resetAt, now);
            if (index >= 0)
            {
                _readings[index] = reading;
            }
            else if (_readings.Count < MaxCategories)
            {
                _readings.Add(reading);
            }
        }
    }

    public QuotaReading? Find(string category)
    {
        lock (_gate)
        {
            return _readings.Find(r => string.Equals(r.Category, category, StringComparison.Ordinal));
        }
    }

    public IReadOnlyList<QuotaReading> Snapshot()
    {
        lock (_gate)
        {
            return [.. _readings.OrderBy(r => r.Category, StringComparer.Ordinal)];
        }
    }
}
