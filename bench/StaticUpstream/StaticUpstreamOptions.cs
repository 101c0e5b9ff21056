using System.ComponentModel.DataAnnotations;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>Bound from the command line (<c>--latency-ms N</c>) or the <c>latency-ms</c> configuration key.</summary>
public sealed class StaticUpstreamOptions
{
    /// <summary>Delay added inside every Pinterest call (not the /_bench admin calls), in milliseconds; 0 by default.</summary>
    [Range(0, 60_000, ErrorMessage = "latency-ms must be between 0 and 60000.")]
    [ConfigurationKeyName("latency-ms")]
    public int LatencyMs { get; set; }
}
