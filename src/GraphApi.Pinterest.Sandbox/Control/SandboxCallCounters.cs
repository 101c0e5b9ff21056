using System.Collections.Concurrent;

namespace GraphApi.Pinterest.Sandbox.Control;

internal sealed class SandboxCallCounters : ISandboxCallCounters
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Increment(string operationId) => _counts.AddOrUpdate(operationId, 1, (_, count) => count + 1);

    public IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(_counts.ToDictionary(), StringComparer.Ordinal);

    public long CountOf(string operationId) => _counts.TryGetValue(operationId, out var count) ? count : 0;

    public void Reset() => _counts.Clear();
}
