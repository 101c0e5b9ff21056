using System.Collections.Concurrent;

namespace GraphApi.Pinterest.Sandbox.Faults;

/// <summary>
/// Fixed windows per key, like Pinterest's per-user-per-app quotas: one per (user, category) for the default quota,
/// one per user (<see cref="RateLimitWindowKey.Category"/> null) for the <c>rate_limit</c> fault switch. Keys are
/// sandbox users (each needs a valid sandbox token) times a handful of categories, so the table stays small.
/// </summary>
internal sealed class RateLimitWindows(TimeProvider time)
{
    private readonly ConcurrentDictionary<RateLimitWindowKey, Window> _windows = new();

    public RateLimitDecision Hit(RateLimitWindowKey key, int limit, TimeSpan length)
    {
        var now = time.GetUtcNow();
        var window = _windows.AddOrUpdate(
            key,
            _ => new Window(now, 1),
            (_, existing) => now - existing.Start >= length ? new Window(now, 1) : existing with { Count = existing.Count + 1 });
        var resetSeconds = (int)Math.Ceiling((window.Start + length - now).TotalSeconds);
        return new RateLimitDecision(window.Count <= limit, Math.Max(0, limit - window.Count), Math.Max(1, resetSeconds));
    }

    public void Clear() => _windows.Clear();

    private sealed record Window(DateTimeOffset Start, int Count);
}

/// <summary>Who a window counts for: a sandbox user (or the app, for client calls) and a rate-limit category.</summary>
internal readonly record struct RateLimitWindowKey(string Subject, string? Category);

internal sealed record RateLimitDecision(bool Allowed, int Remaining, int ResetSeconds);
