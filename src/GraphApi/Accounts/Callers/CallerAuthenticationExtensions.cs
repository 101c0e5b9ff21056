using GraphApi.Features.Gateway;
using GraphApi.Sandbox;
using GraphApi.Storage;
using GraphApi.Upstream;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Accounts.Callers;

internal static class CallerAuthenticationExtensions
{
    public const string SandboxIssuer = "graphapi-sandbox";

    /// <summary>
    /// JwtBearer for callers. In sandbox mode with no <c>Authentication</c> settings, the gateway is its own issuer
    /// with a key generated into the data folder, so <c>POST /sandbox/token</c> can hand out tokens with no set-up.
    /// </summary>
    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var upstream = GatewayInfo.For(services, configuration).Upstream;
        services.AddSingleton<IValidateOptions<CallerAuthenticationOptions>, CallerAuthenticationOptionsValidator>();
        var options = services.AddOptions<CallerAuthenticationOptions>()
            .BindConfiguration(CallerAuthenticationOptions.SectionName)
            .ValidateOnStart();

        // The self-issuing sandbox exists only when nothing about caller authentication is configured: any of
        // Authority, Issuer or SigningKey means the operator chose how callers are trusted, and then no anonymous
        // endpoint may mint tokens (an incomplete choice fails validation instead of falling back to the sandbox).
        if (upstream == UpstreamMode.Sandbox && !CallerAuthenticationOptions.IsConfigured(configuration))
        {
            var keyFile = DataDirectory.From(configuration, environment).Combine(SandboxCallerKey.FileName);
            services.AddSingleton(_ => new SandboxCallerKey(SigningKeys.LoadOrCreate(keyFile)));
            options.PostConfigure<SandboxCallerKey>((settings, key) =>
            {
                settings.Issuer = SandboxIssuer;
                settings.SigningKey = key.Base64;
            });
            services.TryAddSingleton(TimeProvider.System);
            services.AddSingleton<SandboxCallerTokens>();
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<CallerAuthenticationOptions>>((jwt, callerOptions) => Configure(jwt, callerOptions.Value));
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, CallerAuthenticationOptions options)
    {
        // Keep "sub", "scope" and "tenantId" as they are in the token instead of .NET's long claim-type URIs.
        jwt.MapInboundClaims = false;
        jwt.Audience = options.Audience;
        jwt.TokenValidationParameters.ValidAudience = options.Audience;
        jwt.TokenValidationParameters.NameClaimType = Caller.SubjectClaim;
        jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            jwt.Authority = options.Authority;
            jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        }
        else if (options.SigningKey is not null && SigningKeys.TryDecode(options.SigningKey, out var key))
        {
            jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
            jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(key);
        }

        jwt.Events = new JwtBearerEvents { OnChallenge = UnauthenticatedResponse.WriteAsync };
    }
}
