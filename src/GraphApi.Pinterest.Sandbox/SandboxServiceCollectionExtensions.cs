using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Control;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Faults;
using GraphApi.Pinterest.Sandbox.Hosting;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Images;
using GraphApi.Pinterest.Sandbox.OAuth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Pinterest emulator: options from the <c>Sandbox</c> section (validated on start), its SQLite store,
    /// token issuer, call counters and fault switches, and a hosted service that creates and seeds the database on start.
    /// Mount the endpoints with <see cref="SandboxEndpointRouteBuilderExtensions.MapPinterestSandbox"/>.
    /// </summary>
    public static IServiceCollection AddPinterestSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SandboxOptions>()
            .Bind(configuration.GetSection(SandboxOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<SandboxOptions>, SandboxOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>());

        services.AddDbContext<SandboxDbContext>((provider, options) =>
            options.UseSqlite($"Data Source={provider.GetRequiredService<IOptions<SandboxOptions>>().Value.DatabasePath}")
                // Every emulated call runs SQL; at Information level that would drown the host's console.
                .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug))));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SandboxCallCounters>();
        services.AddSingleton<ISandboxCallCounters>(provider => provider.GetRequiredService<SandboxCallCounters>());
        services.AddSingleton<RateLimitWindows>();
        services.AddSingleton<ISandboxFaults, SandboxFaults>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<PinImageRenderer>();
        services.AddSingleton<ConsentNonces>();
        services.AddScoped<CallerContext>();
        services.AddScoped<ApiContext>();
        services.AddScoped<SandboxTokenService>();
        services.AddScoped<ISandboxTokenIssuer>(provider => provider.GetRequiredService<SandboxTokenService>());
        services.AddHostedService<SandboxDatabaseInitializer>();
        return services;
    }
}
