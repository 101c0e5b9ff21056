using System.Collections.Concurrent;
using System.Diagnostics;

namespace GraphApi.Tests.DataLoading.Waves;

/// <summary>
/// Records each Pinterest call's start and end (innermost handler of the client). A call's wave is 1 + the largest
/// wave among the calls that had completed before it started: calls that could only start after another's answer
/// land in a later wave, calls that started together share one.
/// </summary>
public sealed class UpstreamWaveRecorder
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();

    public void Reset() => _calls.Clear();

    public DelegatingHandler CreateHandler() => new RecordingHandler(this);

    public IReadOnlyList<RecordedCall> Calls => [.. _calls.OrderBy(c => c.Start)];

    /// <summary>The wave of every recorded call, in start order.</summary>
    public IReadOnlyList<(RecordedCall Call, int Wave)> Waves()
    {
        var calls = Calls;
        var waves = new List<(RecordedCall Call, int Wave)>(calls.Count);
        foreach (var call in calls)
        {
            var before = waves.Where(w => w.Call.End <= call.Start).Select(w => w.Wave).DefaultIfEmpty(0).Max();
            waves.Add((call, before + 1));
        }

        return waves;
    }

    public int WaveCount => Waves().Select(w => w.Wave).DefaultIfEmpty(0).Max();

    public string Describe() => string.Join("; ", Waves().Select(w => $"{w.Wave}: {w.Call.Method} {w.Call.Path}"));

    public sealed record RecordedCall(string Method, string Path, long Start, long End);

    private sealed class RecordingHandler(UpstreamWaveRecorder recorder) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                recorder._calls.Enqueue(new RecordedCall(request.Method.Method, request.RequestUri?.AbsolutePath ?? "", start, Stopwatch.GetTimestamp()));
            }
        }
    }
}
