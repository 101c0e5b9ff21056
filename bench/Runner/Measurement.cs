namespace GraphApi.Bench.Runner;

/// <summary>One wrk run against one target, with what the runner read around it.</summary>
internal sealed record Measurement(
    double RequestsPerSecond,
    double P50Ms,
    double P99Ms,
    double CpuMsPerRequest,
    double AllocatedBytesPerRequest,
    double UpstreamCallsPerRequest,
    long PeakResidentBytes);

/// <summary>A table row: the medians of a target's runs of one scenario, its waves (from the latency probe; none for a cluster) and, for a gateway, its ratio to the baseline.</summary>
internal sealed record Row(string Scenario, string Target, IReadOnlyList<Measurement> Runs, int Calls, int? Waves, double? RatioToBaseline)
{
    public double Median(Func<Measurement, double> metric) => Medians.Of(Runs.Select(metric));
}

internal static class Medians
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
