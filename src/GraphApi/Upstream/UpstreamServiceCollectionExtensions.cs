using GraphApi.Accounts.Links;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Upstream.ReadCache;
namespace GraphApi.Upstream;

internal static class UpstreamServiceCollectionExtensions
{
    /// <summary>
    /// The Pinterest client, acting with each caller's token and refreshing once on a 401. It talks to the address
    /// the <c>Pinterest</c> settings give; sandbox mode (<c>AddSandboxMode</c>) points it at the emulator mounted in this host.
    /// </summary>
    public static IServiceCollection AddPinterestUpstream(this IServiceCollection services)
    {
        services.AddTransient<RefreshOnUnauthorizedHandler>();
        services.AddUpstreamConcurrencyLimit();
        services.AddReadCache();
        services.AddPinterestClient()
            // Outermost of the host's handlers: a cached answer skips the refresh, the concurrency gate and the call telemetry.
            .AddHttpMessageHandler<ReadCacheHandler>()
            .AddHttpMessageHandler<RefreshOnUnauthorizedHandler>()
            .AddHttpMessageHandler<UpstreamConcurrencyHandler>()
            // Innermost before the wire (and the sandbox loopback): one span and measurement per attempt Pinterest sees.
            .AddHttpMessageHandler<Telemetry.PinterestCallTelemetryHandler>();
        return services;
    }
}
