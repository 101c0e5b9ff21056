namespace GraphApi.Upstream;

internal static class UpstreamConcurrencyServiceCollectionExtensions
{
    /// <summary>The per-request cap on concurrent Pinterest calls; the handler goes below the refresh-on-401 handler.</summary>
    public static IServiceCollection AddUpstreamConcurrencyLimit(this IServiceCollection services)
    {
        services.AddPinterestOptions();
        services.AddScoped<RequestUpstreamGate>();
        services.AddTransient<UpstreamConcurrencyHandler>();
        return services;
    }
}
