using System.Diagnostics.Metrics;

namespace GraphApi.Cluster;

/// <summary>
/// Counts the times an instance could not use Redis and fell back to its own state (on the gateway's meter). The tag is
/// one of a fixed few features, so the series stay bounded.
/// </summary>
public sealed class ClusterMetrics
{
    public const string RateLimit = "rate_limit";

    private readonly Counter<long> _fallbacks;

    public ClusterMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Telemetry.GraphApiTelemetry.Name);
        _fallbacks = meter.CreateCounter<long>("graphapi.cluster.fallbacks", "{decision}",
            "Decisions made with this instance's own state because Redis could not be used, by feature (rate_limit).");
    }

    public void FellBack(string feature) => _fallbacks.Add(1, new KeyValuePair<string, object?>("graphapi.cluster.feature", feature));
}
