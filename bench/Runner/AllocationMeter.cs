using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace GraphApi.Bench.Runner;

/// <summary>
/// Bytes a .NET process allocates while a measurement runs, read from outside it: an EventPipe session on the
/// runtime's <c>System.Runtime</c> EventCounters (what <c>dotnet-counters</c> reads), summing the increments of
/// <c>alloc-rate</c>, the delta of <c>GC.GetTotalAllocatedBytes</c> per one-second interval. No endpoint or code in
/// the measured process is involved. The window covers the load plus at most one idle interval on each side; an idle
/// server allocates a few kilobytes per second, noise next to the megabytes a second of load allocates.
/// </summary>
internal sealed class AllocationMeter : IAsyncDisposable
{
    private readonly EventPipeSession _session;
    private readonly EventPipeEventSource _source;
    private readonly Task _processing;
    private readonly TaskCompletionSource _firstInterval = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private double _allocated;
    private int _intervals;

    private AllocationMeter(EventPipeSession session)
    {
        _session = session;
        _source = new EventPipeEventSource(session.EventStream);
        _source.Dynamic.All += OnEvent;
        _processing = Task.Run(_source.Process);
    }

    /// <summary>Starts a session and returns once the first interval has been reported: counting starts there.</summary>
    public static async Task<AllocationMeter> StartAsync(int processId, CancellationToken cancellationToken)
    {
        var provider = new EventPipeProvider(
            "System.Runtime",
            EventLevel.Informational,
            (long)EventKeywords.None,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        var session = await new DiagnosticsClient(processId).StartEventPipeSessionAsync([provider], requestRundown: false, circularBufferMB: 16, cancellationToken);
        var meter = new AllocationMeter(session);
        try
        {
            await meter._firstInterval.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch
        {
            await meter.DisposeAsync();
            throw;
        }

        return meter;
    }

    /// <summary>
    /// Waits for the interval that covers the moment of the call to be reported, then returns the bytes counted. The
    /// generous deadline is for a machine so loaded that the runtime's counter timer runs seconds late.
    /// </summary>
    public async Task<long> StopAsync(CancellationToken cancellationToken)
    {
        int seen;
        lock (_gate)
        {
            seen = _intervals;
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                if (_intervals > seen)
                {
                    return (long)_allocated;
                }
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new BenchFailure("The runtime's alloc-rate counter stopped reporting: allocated bytes cannot be measured.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _session.StopAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is ServerNotAvailableException or IOException or TimeoutException or UnsupportedCommandException)
        {
            // The process is already gone: the session ended with it.
        }

        await _processing.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _source.Dispose();
        _session.Dispose();
    }

    private void OnEvent(TraceEvent data)
    {
        if (data.EventName != "EventCounters"
            || data.PayloadValue(0) is not IDictionary<string, object> outer
            || !outer.TryGetValue("Payload", out var inner)
            || inner is not IDictionary<string, object> payload
            || !payload.TryGetValue("Name", out var name)
            || name as string != "alloc-rate"
            || !payload.TryGetValue("Increment", out var increment))
        {
            return;
        }

        lock (_gate)
        {
            // The first report covers the time before the session started: it only marks where counting begins.
            if (_intervals > 0)
            {
                _allocated += Convert.ToDouble(increment, CultureInfo.InvariantCulture);
            }

            _intervals++;
        }

        _firstInterval.TrySetResult();
    }
}
