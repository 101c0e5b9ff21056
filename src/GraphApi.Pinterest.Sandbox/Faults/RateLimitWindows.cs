using System.Collections.Concurrent;

namespace GraphApi.Pinterest.Sandbox.Faults;

/// <summary>Fixed windows per user, like Pinterest's per-user-per-app quotas.</summary>
internal sealed class RateLimitWindows(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public RateLimitDecision Hit(string key, int limit, TimeSpan length)
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

internal sealed record RateLimitDecision(bool Allowed, int Remaining, int ResetSeconds);
