namespace GraphApi.Upstream;

internal static class UpstreamConcurrencyServiceCollectionExtensions
{
    /// <summary>The per-request cap on concurrent Pinterest calls; the handler goes below the refresh-on-401 handler.</summary>
    public static IServiceCollection AddUpstreamConcurrencyLimit(this IServiceCollection services)
    {
        services.AddOptions<UpstreamConcurrencyOptions>()
            .BindConfiguration(UpstreamConcurrencyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<RequestUpstreamGate>();
        services.AddTransient<UpstreamConcurrencyHandler>();
        return services;
    }
}
