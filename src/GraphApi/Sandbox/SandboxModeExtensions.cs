using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Connect;
using GraphApi.Features.Gateway;
using GraphApi.Hosting;
using GraphApi.Ide;
using GraphApi.Pinterest;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox.Demo;
using GraphApi.Storage;
using GraphApi.Upstream;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Sandbox;

/// <summary>
/// Everything sandbox mode (<c>Upstream:Mode</c> unset or Sandbox, the default) adds to the gateway, and the one
/// place that asks which mode it is in. The rest of the host consults small seams that this registers and that
/// real-Pinterest mode leaves empty: <see cref="EmbeddedUpstream"/>, <see cref="IAuthorizationUrlOrigin"/>,
/// <see cref="IIdeDefaultCaller"/>, <see cref="UpstreamBannerText"/>, and a post-configured
/// <see cref="CallerAuthenticationOptions"/>.
/// </summary>
internal static class SandboxModeExtensions
{
    private static readonly UpstreamBannerText Banner = new(
        "the embedded Pinterest sandbox (offline demo data)",
        [new("Demo app", "/")],
        "Real Pinterest: set Upstream:Mode=Pinterest, Pinterest:ClientId, Pinterest:ClientSecret, Pinterest:RedirectUri and Authentication:* (see README).");

    public static bool IsOn(GatewayInfo gateway) => gateway.Upstream == UpstreamMode.Sandbox;

    /// <summary>
    /// The emulator mounted in this host, with the Pinterest client, the OAuth app and the consent page pointing at
    /// it; demo users' accounts connected on request; and, when no <c>Authentication</c> settings exist, the gateway
    /// as its own caller-token issuer. Goes after <c>AddPinterestUpstream</c>: the loopback handler must be the
    /// client's innermost.
    /// </summary>
    public static IServiceCollection AddSandboxMode(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!IsOn(GatewayInfo.For(services, configuration)))
        {
            return services;
        }

        if (!services.Any(d => d.ServiceType == typeof(IPinterestClient)))
        {
            throw new InvalidOperationException("AddSandboxMode goes after AddPinterestUpstream: the sandbox's loopback handler must be the Pinterest client's innermost.");
        }

        var data = DataDirectory.From(configuration, environment);
        services.AddPinterestSandbox(configuration);
        services.AddOptions<SandboxOptions>().Configure(o => o.DataDirectory ??= data.Path);
        services.AddOptions<PinterestClientOptions>().PostConfigure<IOptions<SandboxOptions>>((o, sandbox) =>
        {
            // Host and port are placeholders that SandboxLoopbackHandler replaces with the live address on each call.
            o.ApiBaseUrl = new Uri($"http://127.0.0.1{sandbox.Value.PathBase}/v5");
            o.AuthorizationUrl = new Uri($"http://127.0.0.1{sandbox.Value.PathBase}/oauth/");
            o.ClientId = sandbox.Value.ClientId;
            o.ClientSecret = sandbox.Value.ClientSecret;
        });
        services.AddSingleton<SelfAddress>();
        services.AddTransient<SandboxLoopbackHandler>();
        services.AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler<SandboxLoopbackHandler>();
        services.AddSingleton(provider => new EmbeddedUpstream(provider.GetRequiredService<IOptions<SandboxOptions>>().Value.PathBase));
        services.AddSingleton<IAuthorizationUrlOrigin, SandboxConsentPageOrigin>();
        services.AddSingleton(Banner);
        services.AddScoped<SandboxConnector>();

        // The self-issuing sandbox exists only when nothing about caller authentication is configured: any of
        // Authority, Issuer or SigningKey means the operator chose how callers are trusted, and then no anonymous
        // endpoint may mint tokens (an incomplete choice fails validation instead of falling back to the sandbox).
        if (!CallerAuthenticationOptions.IsConfigured(configuration))
        {
            AddSelfIssuedCallers(services, data);
        }

        return services;
    }

    /// <summary>The demo app at <c>/</c>, the emulator under <c>Sandbox:PathBase</c> and <c>POST /sandbox/token</c>; nothing in real-Pinterest mode.</summary>
    public static WebApplication UseSandboxMode(this WebApplication app)
    {
        if (!IsOn(app.Services.GetRequiredService<GatewayInfo>()))
        {
            return app;
        }

        app.UseDemoApp();
        app.MapPinterestSandbox();
        // Only when the gateway issues caller tokens itself; with an identity provider, callers bring theirs.
        if (app.Services.GetService<SandboxCallerTokens>() is not null)
        {
            app.MapPost(SandboxTokenEndpoint.Path, SandboxTokenEndpoint.HandleAsync).AllowAnonymous().DisableAntiforgery();
        }

        return app;
    }

    /// <summary>
    /// The gateway as its own issuer, with a key generated into the data folder, so <c>POST /sandbox/token</c> and the
    /// IDE can hand out caller tokens with no set-up.
    /// </summary>
    private static void AddSelfIssuedCallers(IServiceCollection services, DataDirectory data)
    {
        var keyFile = data.Combine(SandboxCallerKey.FileName);
        services.AddSingleton(_ => new SandboxCallerKey(SigningKeys.LoadOrCreate(keyFile)));
        services.AddOptions<CallerAuthenticationOptions>().PostConfigure<SandboxCallerKey>((settings, key) =>
        {
            settings.Issuer = SandboxCallerTokens.Issuer;
            settings.SigningKey = key.Base64;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SandboxCallerTokens>();
        services.AddScoped<IIdeDefaultCaller, SandboxIdeCaller>();
    }
}
