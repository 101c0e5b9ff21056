using System.Collections.Concurrent;

namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>
/// The system clock, remembering every timer asked of it (each <c>Task.Delay(…, time)</c> is one), so a test can see that
/// and for how long the sandbox waited without timing it.
/// </summary>
public sealed class DelayRecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyCollection<TimeSpan> Delays => _delays;

    public void Clear() => _delays.Clear();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _delays.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
