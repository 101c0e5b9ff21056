using Microsoft.Extensions.Options;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// The delay every Pinterest call waits: <c>--latency-ms</c> at start, changed by <c>POST /_bench/reset?latency-ms=N</c>.
/// Changeable at run time because waves can only be seen with latency (a call answered in microseconds completes before
/// its "concurrent" sibling even arrives), while throughput runs want none: one upstream serves both.
/// </summary>
public sealed class InjectedLatency(IOptions<StaticUpstreamOptions> options)
{
    public const int MaxMilliseconds = 60_000;
    private volatile int _milliseconds = options.Value.LatencyMs;

    public int Milliseconds
    {
        get => _milliseconds;
        set => _milliseconds = value is >= 0 and <= MaxMilliseconds ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"latency-ms must be between 0 and {MaxMilliseconds}.");
    }
}
