using GraphApi.Upstream;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Accounts.Callers;

internal static class CallerAuthenticationExtensions
{
    /// <summary>
    /// JwtBearer for callers, trusted as <c>Authentication</c> says. Another part of the host may post-configure
    /// <see cref="CallerAuthenticationOptions"/> (sandbox mode with no <c>Authentication</c> settings makes the
    /// gateway its own issuer); validation sees the result.
    /// </summary>
    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<CallerAuthenticationOptions>, CallerAuthenticationOptionsValidator>();
        services.AddOptions<CallerAuthenticationOptions>()
            .BindConfiguration(CallerAuthenticationOptions.SectionName)
            .ValidateOnStart();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<CallerAuthenticationOptions>, IServiceProvider>((jwt, callerOptions, provider) =>
                Configure(jwt, callerOptions.Value, provider.GetService<EmbeddedUpstream>()?.PathBase ?? ""));
        return services;
    }

    /// <summary>
    /// Caller authentication, at this point of the pipeline. Called on the app itself, not inside a <c>UseWhen</c>
    /// branch: a branch's marker does not reach the app, and WebApplication would then add its own
    /// <c>UseAuthentication</c> at the very start, for every request. Requests to an <see cref="EmbeddedUpstream"/>
    /// are left unauthenticated by the handler instead (<see cref="Configure"/>).
    /// </summary>
    public static WebApplication UseCallerAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        return app;
    }

    private static void Configure(JwtBearerOptions jwt, CallerAuthenticationOptions options, string embeddedUpstream)
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

        jwt.Events = new JwtBearerEvents
        {
            OnChallenge = UnauthenticatedResponse.WriteAsync,
            // The embedded upstream's requests carry Pinterest-style tokens, not caller JWTs: reading them would log a
            // validation failure per Pinterest call. No result, as for a request without a token; the endpoints there
            // allow anonymous callers and check their own tokens.
            OnMessageReceived = context =>
            {
                if (embeddedUpstream.Length > 0 && context.Request.Path.StartsWithSegments(embeddedUpstream))
                {
                    context.NoResult();
                }

                return Task.CompletedTask;
            },
        };
    }
}
