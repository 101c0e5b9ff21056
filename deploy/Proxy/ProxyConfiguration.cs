using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Transforms;

namespace GraphApi.Proxy;

/// <summary>YARP's route and cluster for <see cref="ProxyOptions"/>: every path, round robin, active and passive health.</summary>
internal static class ProxyConfiguration
{
    public const string ClusterId = "gateways";

    public static RouteConfig Route() => new RouteConfig
    {
        RouteId = "everything",
        ClusterId = ClusterId,
        Match = new RouteMatch { Path = "{**catch-all}" },
        // The gateway applies its own request-size limits and answers 413 in its own shape; a limit here would
        // cut uploads short with a bare 413 before the gateway could explain it.
        MaxRequestBodySize = -1,
    }
        // The browser's Host reaches the instance, so a URL the gateway builds from the request (the sandbox consent
        // page, a redirect URI left to default) names the proxy, where the browser can come back; the instance's
        // own address would bypass the load balancer or be unreachable.
        .WithTransformUseOriginalHostHeader(useOriginal: true)
        // Replaces whatever X-Forwarded-* a client sent: this proxy is the edge, so only what it saw is true.
        .WithTransformXForwarded(headerPrefix: "X-Forwarded-", xDefault: ForwardedTransformActions.Set);

    public static ClusterConfig Cluster(ProxyOptions options) => new()
    {
        ClusterId = ClusterId,
        LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
        Destinations = options.Destinations
            .Select((address, i) => (Id: $"instance-{i + 1}", Config: new DestinationConfig { Address = address }))
            .ToDictionary(d => d.Id, d => d.Config),
        HealthCheck = new HealthCheckConfig
        {
            // Readiness, not liveness: an instance that lost its database or Redis says so there and gets no traffic.
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = options.HealthCheckInterval,
                Timeout = options.HealthCheckInterval,
                Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                Path = options.HealthCheckPath,
            },
            // Between probes, requests that cannot reach an instance (refused, reset) take it out at once.
            Passive = new PassiveHealthCheckConfig
            {
                Enabled = true,
                Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                ReactivationPeriod = options.ReactivationPeriod,
            },
            // When every instance is unready (Redis down for all), serving is better than refusing everything.
            AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
        },
        Metadata = new Dictionary<string, string> { [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = "2" },
    };
}
