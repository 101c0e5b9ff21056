using System.Text.Json.Serialization;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// Counts the Pinterest calls since the last reset, per operation, and their waves: a call's wave is 1 + the largest
/// wave among the calls that had completed before it started, so calls made concurrently share a wave and a call that
/// waited for another's answer is one wave later. Read after one request at a time: concurrent requests would share
/// waves. One lock guards a few integers; the hot path allocates nothing.
/// </summary>
public sealed class CallLog
{
    private readonly Lock _gate = new();
    private readonly string[] _operations;
    private readonly int[] _counts;
    private int _calls;
    private int _maxStartedWave;
    private int _maxCompletedWave;
    private long _generation;

    public CallLog(IReadOnlyList<string> operations)
    {
        _operations = [.. operations];
        _counts = new int[_operations.Length];
    }

    /// <summary>Records a call's start; pass the returned ticket to <see cref="End"/>.</summary>
    public CallTicket Start(int operation)
    {
        lock (_gate)
        {
            _calls++;
            _counts[operation]++;
            var wave = _maxCompletedWave + 1;
            _maxStartedWave = Math.Max(_maxStartedWave, wave);
            return new CallTicket(wave, _generation);
        }
    }

    public void End(CallTicket ticket)
    {
        lock (_gate)
        {
            // A call that straddled a reset belongs to the previous measurement.
            if (ticket.Generation == _generation)
            {
                _maxCompletedWave = Math.Max(_maxCompletedWave, ticket.Wave);
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _calls = 0;
            _maxStartedWave = 0;
            _maxCompletedWave = 0;
            Array.Clear(_counts);
            _generation++;
        }
    }

    public CallReport Report()
    {
        lock (_gate)
        {
            var byOperation = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _counts.Length; i++)
            {
                if (_counts[i] > 0)
                {
                    byOperation[_operations[i]] = _counts[i];
                }
            }

            return new CallReport(_calls, _maxStartedWave, byOperation);
        }
    }
}

public readonly record struct CallTicket(int Wave, long Generation);

/// <summary>The body of GET /_bench/calls: <c>{"calls":N,"waves":W,"byOperation":{"GET /v5/boards":1}}</c>.</summary>
public sealed record CallReport(
    [property: JsonPropertyName("calls")] int Calls,
    [property: JsonPropertyName("waves")] int Waves,
    [property: JsonPropertyName("byOperation")] IReadOnlyDictionary<string, int> ByOperation);
