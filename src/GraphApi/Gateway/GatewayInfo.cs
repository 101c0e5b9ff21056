using System.Reflection;

namespace GraphApi.Gateway;

/// <summary>What this gateway is and what it talks to; read once at start-up.</summary>
public sealed record GatewayInfo(string Name, string Version, UpstreamMode Upstream)
{
    public static GatewayInfo From(IConfiguration configuration)
    {
        var version = typeof(GatewayInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        // Real credentials switch the upstream; anything less keeps the safe, offline default.
        var upstream = !string.IsNullOrWhiteSpace(configuration["Pinterest:ClientId"]) &&
                       !string.IsNullOrWhiteSpace(configuration["Pinterest:ClientSecret"])
            ? UpstreamMode.Pinterest
            : UpstreamMode.Sandbox;
        return new GatewayInfo("GraphApi", version.Split('+')[0], upstream);
    }
}
