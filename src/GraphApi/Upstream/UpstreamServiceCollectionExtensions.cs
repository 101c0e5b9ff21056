using GraphApi.Accounts.Links;
using GraphApi.Features.Gateway;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Storage;
namespace GraphApi.Upstream;

internal static class UpstreamServiceCollectionExtensions
{
    /// <summary>
    /// The Pinterest client, acting with each caller's token and refreshing once on a 401. In sandbox mode (<c>Upstream:Mode</c>
    /// unset or Sandbox) the emulator is mounted in this host and the client, the OAuth app and the consent
    /// page all point at it.
    /// </summary>
    public static IServiceCollection AddPinterestUpstream(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddTransient<RefreshOnUnauthorizedHandler>();
        services.AddUpstreamConcurrencyLimit();
        var client = services.AddPinterestClient()
            .AddHttpMessageHandler<RefreshOnUnauthorizedHandler>()
            .AddHttpMessageHandler<UpstreamConcurrencyHandler>()
            // Innermost before the wire (and the sandbox loopback): one span and measurement per attempt Pinterest sees.
            .AddHttpMessageHandler<Telemetry.PinterestCallTelemetryHandler>();
        if (GatewayInfo.For(services, configuration).Upstream != UpstreamMode.Sandbox)
        {
            return services;
        }

        var data = DataDirectory.From(configuration, environment);
        services.AddPinterestSandbox(configuration);
        services.AddOptions<SandboxOptions>().Configure(o => o.DataDirectory ??= data.Path);
        services.AddOptions<PinterestClientOptions>().PostConfigure<Microsoft.Extensions.Options.IOptions<SandboxOptions>>((o, sandbox) =>
        {
            // Host and port are placeholders that SandboxLoopbackHandler replaces with the live address on each call.
            o.ApiBaseUrl = new Uri($"http://127.0.0.1{sandbox.Value.PathBase}/v5");
            o.AuthorizationUrl = new Uri($"http://127.0.0.1{sandbox.Value.PathBase}/oauth/");
            o.ClientId = sandbox.Value.ClientId;
            o.ClientSecret = sandbox.Value.ClientSecret;
        });
        services.AddSingleton<SelfAddress>();
        services.AddTransient<SandboxLoopbackHandler>();
        client.AddHttpMessageHandler<SandboxLoopbackHandler>();
        services.AddScoped<SandboxConnector>();
        return services;
    }

    public static WebApplication MapPinterestUpstream(this WebApplication app)
    {
        if (app.Services.GetRequiredService<GatewayInfo>().Upstream == UpstreamMode.Sandbox)
        {
            app.MapPinterestSandbox();
            // Only when the gateway issues caller tokens itself; with an identity provider, callers bring theirs.
            if (app.Services.GetService<SandboxCallerTokens>() is not null)
            {
                app.MapPost(SandboxTokenEndpoint.Path, SandboxTokenEndpoint.HandleAsync).AllowAnonymous().DisableAntiforgery();
            }
        }

        return app;
    }
}
