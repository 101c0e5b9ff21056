using System.Reflection;
using GraphApi.Upstream;

namespace GraphApi.Features.Gateway;

/// <summary>What this gateway is and what it talks to; read once at start-up.</summary>
public sealed record GatewayInfo(string Name, string Version, UpstreamMode Upstream)
{
    /// <summary>Reads <c>Upstream:Mode</c>; partial or contradictory live settings stop the start (<see cref="UpstreamSettings"/>).</summary>
    public static GatewayInfo From(IConfiguration configuration)
    {
        var version = typeof(GatewayInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new GatewayInfo("GraphApi", version.Split('+')[0], UpstreamSettings.Read(configuration));
    }

    /// <summary>
    /// The one instance for this container: the first registration helper that needs the mode reads it and registers
    /// it as a singleton, later ones get that same instance, so the settings are read and checked once.
    /// </summary>
    public static GatewayInfo For(IServiceCollection services, IConfiguration configuration)
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(GatewayInfo))?.ImplementationInstance is GatewayInfo registered)
        {
            return registered;
        }

        var info = From(configuration);
        services.AddSingleton(info);
        return info;
    }
}
