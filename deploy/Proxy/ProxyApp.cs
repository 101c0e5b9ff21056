using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Health;

namespace GraphApi.Proxy;

/// <summary>
/// A round-robin reverse proxy in front of several gateway instances, for running the scale-out set-up without a
/// load balancer or Docker (README, "Running several instances"). It is YARP with one route and one cluster: nothing
/// gateway-specific happens here, so any load balancer can replace it.
/// </summary>
internal static class ProxyApp
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>
    /// Builds the proxy; throws <see cref="ProxyConfigurationException"/> naming every bad setting. <paramref name="logging"/>
    /// adds providers (tests read the lines); the filters below still apply to them.
    /// </summary>
    public static WebApplication Build(string[] args, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var options = builder.Configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new ProxyOptions();
        var verdict = new ProxyOptionsValidator().Validate(null, options);
        if (verdict.Failed)
        {
            throw new ProxyConfigurationException(verdict.Failures);
        }

        // Request lines carry the OAuth callback's code and state in their query strings: ASP.NET Core's and YARP's
        // per-request lines are kept out of the logs whatever the settings say (health changes still show).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp.ReverseProxy.Forwarder", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        // One line per probe (with a stack trace per refused connection) would bury the lines that matter: an
        // instance going unhealthy or healthy again (DestinationHealthUpdater) still logs.
        builder.Logging.AddFilter("Yarp.ReverseProxy.Health.ActiveHealthCheckMonitor", LogLevel.Error);
        logging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.Configure<TransportFailureRateHealthPolicyOptions>(o =>
        {
            // With two instances and one gone, half the requests fail: four are enough to see it.
            o.MinimalTotalCountThreshold = 4;
            o.DefaultFailureRateLimit = 0.3;
        });
        builder.Services.AddReverseProxy().LoadFromMemory([ProxyConfiguration.Route()], [ProxyConfiguration.Cluster(options)]);

        var app = builder.Build();
        app.MapReverseProxy();
        return app;
    }
}
