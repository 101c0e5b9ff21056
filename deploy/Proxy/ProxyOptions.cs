namespace GraphApi.Proxy;

/// <summary>
/// The <c>Proxy</c> section: the gateway instances to spread requests over, and how a dead or unready one is noticed.
/// Bound from settings, environment (<c>Proxy__Destinations__0</c>) or the command line (<c>--Proxy:Destinations:0</c>).
/// </summary>
internal sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    /// <summary>The instances' origins, e.g. <c>http://127.0.0.1:5001</c>; requests go to them in turn.</summary>
    public List<string> Destinations { get; set; } = [];

    /// <summary>Probed on every instance; one that fails it twice in a row gets no requests until it answers again.</summary>
    public string HealthCheckPath { get; set; } = "/health/ready";

    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an instance that failed requests (connection refused, reset) is left out before it is tried again.</summary>
    public TimeSpan ReactivationPeriod { get; set; } = TimeSpan.FromSeconds(10);
}
