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
            .Configure<IOptions<CallerAuthenticationOptions>>((jwt, callerOptions) => Configure(jwt, callerOptions.Value));
        return services;
    }

    /// <summary>
    /// Caller authentication for every request except those to an <see cref="EmbeddedUpstream"/>: its
    /// Pinterest-style tokens are not caller JWTs, and JwtBearer would log a failure for each of them.
    /// </summary>
    public static WebApplication UseCallerAuthentication(this WebApplication app)
    {
        var embedded = app.Services.GetService<EmbeddedUpstream>()?.PathBase ?? "";
        if (embedded.Length == 0)
        {
            app.UseAuthentication();
        }
        else
        {
            app.UseWhen(context => !context.Request.Path.StartsWithSegments(embedded), branch => branch.UseAuthentication());
        }

        return app;
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
