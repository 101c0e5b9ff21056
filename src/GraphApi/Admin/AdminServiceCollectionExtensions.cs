using GraphApi.Admin.Integration;

namespace GraphApi.Admin;

internal static class AdminServiceCollectionExtensions
{
    /// <summary>Per-tenant integration settings: the admin role check, the settings store, the tenant app resolver, the credentials test.</summary>
    public static IServiceCollection AddIntegrationAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AdminCaller>();
        services.AddSingleton<IntegrationSecretProtector>();
        services.AddScoped<IntegrationSettingsStore>();
        services.AddSingleton<TenantApps>();
        services.AddSingleton<ITenantApps>(sp => sp.GetRequiredService<TenantApps>());
        services.AddHostedService<TenantAppChangeNotifications>();
        services.AddScoped<IntegrationCredentialsTester>();
        return services;
    }
}
